package de.halle.smartcity.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.halle.smartcity.answer.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code source_card} table: one {@link SourceCard} per answered question, stored as JSON beside the question
 * row and read back only for the chat that asked (checked through the question's {@code chat_hash}). Thread-safe.
 */
final class SourceCardTable {
  static final int MAX_JSON_LENGTH = 20_000;
  private static final Logger LOG = LoggerFactory.getLogger(SourceCardTable.class);
  private static final String SELECT = "SELECT s.card_json, s.language FROM source_card s"
      + " JOIN question q ON q.id = s.question_id WHERE s.question_id = ? AND q.chat_hash = ?";

  private final ObjectMapper json = new ObjectMapper();

  /** Stores the card on the caller's connection; a card too large for the column is skipped with a warning. */
  void insert(Connection c, long questionId, SourceCard card, OffsetDateTime at) throws SQLException {
    String text = encode(card);
    if (text.length() > MAX_JSON_LENGTH) {
      LOG.warn("source card of question {} has {} characters (max {}); the 📄 button will say it is gone",
          questionId, text.length(), MAX_JSON_LENGTH);
      return;
    }
    String sql = "INSERT INTO source_card (question_id, created_at, language, card_json) VALUES (?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, questionId);
      s.setObject(2, at);
      s.setString(3, card.language());
      s.setString(4, text);
      s.executeUpdate();
    }
  }

  /** The card of that question if it was asked in the chat with this pseudonym and is still stored. */
  Optional<SourceCard> find(Connection c, long questionId, String chatHash) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setLong(1, questionId);
      s.setString(2, chatHash);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(decode(rows.getString(1), rows.getString(2))) : Optional.empty();
      }
    }
  }

  private String encode(SourceCard card) {
    ObjectNode root = json.createObjectNode();
    ArrayNode sources = root.putArray("sources");
    for (Source source : card.sources()) {
      sources.addObject().put("title", source.title()).put("date", source.date().toString())
          .put("url", source.url()).put("file", source.file());
    }
    ArrayNode evidence = root.putArray("evidence");
    card.evidence().forEach(evidence::add);
    return root.toString();
  }

  private SourceCard decode(String text, String language) throws SQLException {
    try {
      JsonNode root = json.readTree(text);
      List<Source> sources = new ArrayList<>();
      for (JsonNode s : root.path("sources")) {
        sources.add(new Source(s.path("title").asText(), LocalDate.parse(s.path("date").asText()),
            s.path("url").asText(), s.path("file").asText()));
      }
      List<String> evidence = new ArrayList<>();
      root.path("evidence").forEach(e -> evidence.add(e.asText()));
      return new SourceCard(sources, evidence, language);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new SQLException("unreadable source_card row: " + e.getMessage(), e);
    }
  }
}
