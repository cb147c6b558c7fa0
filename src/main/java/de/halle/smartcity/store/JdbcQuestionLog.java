package de.halle.smartcity.store;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.privacy.PersonalDataKind;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.privacy.ScrubResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link QuestionLog} in the {@code question} and {@code feedback} tables: chat ids become HMAC pseudonyms and
 * question texts are scrubbed of personal data (or withheld entirely) before anything is written; the kinds removed
 * are those found in the typed message and those whose placeholder the question as read holds (a self-introduced
 * {@code [NAME]}). Thread-safe.
 */
public final class JdbcQuestionLog implements QuestionLog {

  static final int MAX_TEXT_LENGTH = 1000;
  private static final int MAX_TITLE_LENGTH = 500;
  private static final int MAX_FILE_LENGTH = 255;

  private final Database database;
  private final HmacPseudonymizer pseudonymizer;
  private final PersonalDataScrubber scrubber;
  private final SourceCardTable cards = new SourceCardTable();

  /** A log writing to {@code database}, hashing chat ids with {@code pseudonymizer}. */
  public JdbcQuestionLog(Database database, HmacPseudonymizer pseudonymizer, PersonalDataScrubber scrubber) {
    this.database = database;
    this.pseudonymizer = pseudonymizer;
    this.scrubber = scrubber;
  }

  /** Records the question and, for an answer citing releases, its {@link SourceCard}, in one transaction. */
  @Override
  public long record(long chatId, String question, Answer answer, Instant at) {
    return inTransaction("cannot record a question", c -> {
      long id = insertQuestion(c, chatId, question, answer, at);
      Optional<SourceCard> card = SourceCard.of(answer);
      if (card.isPresent()) {
        cards.insert(c, id, card.get(), utc(at));
      }
      return id;
    });
  }

  @Override
  public Optional<SourceCard> sourceCard(long chatId, long questionId) {
    try (Connection c = database.connection()) {
      return cards.find(c, questionId, pseudonymizer.pseudonym(chatId));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the source card of question " + questionId, e);
    }
  }

  private long insertQuestion(Connection c, long chatId, String question, Answer answer, Instant at)
      throws SQLException {
    ScrubResult scrubbed = scrubber.scrub(question);
    Optional<String> text = scrubbed.storableText()
        .map(typed -> answer.asked().isBlank() ? typed : scrubber.scrub(answer.asked()).text());
    Set<PersonalDataKind> removed = EnumSet.noneOf(PersonalDataKind.class);
    removed.addAll(scrubbed.found());
    removed.addAll(PersonalDataKind.placeholdersIn(answer.asked()));
    Source top = answer.sources().isEmpty() ? null : answer.sources().get(0);
    String sql = "INSERT INTO question (chat_hash, created_at, question_text, removed_kinds, reply_kind, answered,"
        + " confidence, top_source_file, top_source_title, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
      s.setString(1, pseudonymizer.pseudonym(chatId));
      s.setObject(2, utc(at));
      s.setString(3, text.map(t -> truncate(t, MAX_TEXT_LENGTH)).orElse(null));
      s.setString(4, removed.stream().map(PersonalDataKind::name).sorted().collect(Collectors.joining(",")));
      s.setString(5, answer.kind().name());
      s.setBoolean(6, answer.answered());
      s.setDouble(7, answer.confidence());
      setNullable(s, 8, top == null ? null : truncate(top.file(), MAX_FILE_LENGTH));
      setNullable(s, 9, top == null ? null : truncate(top.title(), MAX_TITLE_LENGTH));
      s.setString(10, answer.language());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Stores the vote; ignored when the question is unknown (forgotten, expired) or belongs to another chat. */
  @Override
  public boolean feedback(long chatId, long questionId, boolean helpful, Instant at) {
    String hash = pseudonymizer.pseudonym(chatId);
    String update = "UPDATE feedback SET helpful = ?, created_at = ? WHERE question_id = ? AND chat_hash = ?";
    String insert = "INSERT INTO feedback (question_id, chat_hash, created_at, helpful)"
        + " SELECT id, chat_hash, ?, ? FROM question WHERE id = ? AND chat_hash = ?";
    try (Connection c = database.connection()) {
      if (execute(c, update, helpful, utc(at), questionId, hash) > 0) {
        return true;
      }
      try {
        return execute(c, insert, utc(at), helpful, questionId, hash) > 0;
      } catch (SQLException e) {
        if (!JdbcUpdateLedger.isDuplicateKey(e)) {
          throw e;
        }
        return execute(c, update, helpful, utc(at), questionId, hash) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store feedback for question " + questionId, e);
    }
  }

  @Override
  public int forget(long chatId) {
    String hash = pseudonymizer.pseudonym(chatId);
    return inTransaction("cannot forget a chat", c -> {
      int removed = 0;
      for (String table : Database.PERSONAL_TABLES) {
        removed += execute(c, "DELETE FROM " + table + " WHERE chat_hash = ?", hash);
      }
      return removed;
    });
  }

  /** Work on one connection that must commit or roll back as a whole. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(String failure, SqlWork<T> work) {
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(failure, e);
    }
  }

  static int execute(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    }
  }

  private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
