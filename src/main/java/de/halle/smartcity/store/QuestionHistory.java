package de.halle.smartcity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the recorded questions with their votes for the staff reports, oldest first. Thread-safe. */
public final class QuestionHistory {

  private static final String SQL = "SELECT q.created_at, q.question_text, q.reply_kind, q.top_source_file,"
      + " q.top_source_title, f.helpful FROM question q LEFT JOIN feedback f ON f.question_id = q.id"
      + " WHERE q.created_at >= ? ORDER BY q.created_at, q.id";

  private final Database database;

  /** Reads from {@code database}. */
  public QuestionHistory(Database database) {
    this.database = database;
  }

  /** Every question asked at or after {@code from}. */
  public List<LoggedQuestion> since(Instant from) {
    try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(SQL)) {
      s.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
      try (ResultSet rows = s.executeQuery()) {
        List<LoggedQuestion> questions = new ArrayList<>();
        while (rows.next()) {
          questions.add(read(rows));
        }
        return questions;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read questions since " + from, e);
    }
  }

  private static LoggedQuestion read(ResultSet rows) throws SQLException {
    boolean helpful = rows.getBoolean(6);
    Optional<Boolean> vote = rows.wasNull() ? Optional.empty() : Optional.of(helpful);
    return new LoggedQuestion(
        rows.getObject(1, OffsetDateTime.class).toInstant(),
        Optional.ofNullable(rows.getString(2)),
        rows.getString(3),
        Optional.ofNullable(rows.getString(4)),
        Optional.ofNullable(rows.getString(5)),
        vote);
  }
}
