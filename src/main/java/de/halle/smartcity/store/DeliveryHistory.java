package de.halle.smartcity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads what went wrong delivering answers (update ledger and retry queue) for the admins. Thread-safe. */
public final class DeliveryHistory {
  private static final int LATEST = 5;

  private final Database database;

  /** Reads from {@code database}. */
  public DeliveryHistory(Database database) {
    this.database = database;
  }

  /** The problems of updates first seen at or after {@code from}, and the retries waiting now. */
  public DeliveryProblems since(Instant from) {
    OffsetDateTime since = JdbcQuestionLog.utc(from);
    try (Connection c = database.connection()) {
      return new DeliveryProblems(
          count(c, "SELECT COUNT(*) FROM processed_update WHERE status = 'GAVE_UP' AND created_at >= ?", since),
          count(c, "SELECT COUNT(*) FROM processed_update WHERE status = 'FAILED' AND created_at >= ?", since),
          count(c, "SELECT COUNT(*) FROM update_retry"),
          latest(c, since));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read delivery problems since " + from, e);
    }
  }

  private static int count(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static List<DeliveryProblems.GivenUp> latest(Connection c, OffsetDateTime since) throws SQLException {
    String sql = "SELECT update_id, finished_at, last_error FROM processed_update WHERE status = 'GAVE_UP'"
        + " AND created_at >= ? ORDER BY finished_at DESC, update_id DESC FETCH FIRST " + LATEST + " ROWS ONLY";
    List<DeliveryProblems.GivenUp> latest = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, since);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          String reason = rows.getString(3);
          latest.add(new DeliveryProblems.GivenUp(rows.getLong(1),
              rows.getObject(2, OffsetDateTime.class).toInstant(), reason == null ? "" : reason));
        }
      }
    }
    return latest;
  }
}
