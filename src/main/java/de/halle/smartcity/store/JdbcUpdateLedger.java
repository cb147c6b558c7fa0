package de.halle.smartcity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UpdateLedger} in the {@code processed_update} table: a claim inserts the update as IN_PROGRESS, or takes
 * over a FAILED row or an IN_PROGRESS row whose lease ran out (its worker died). Thread-safe and safe across
 * processes: each step is one atomic statement.
 */
public final class JdbcUpdateLedger implements UpdateLedger {

  /** How long a claim stays exclusive unless completed or failed. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
  /**
   * How many claims an update gets before it is refused (and logged): the bot's quick retries plus its deferred
   * retries fit below it; it stops a message that keeps failing from being retried by every re-delivery.
   */
  public static final int DEFAULT_MAX_ATTEMPTS = 10;

  static final String IN_PROGRESS = "IN_PROGRESS";
  static final String DONE = "DONE";
  static final String FAILED = "FAILED";
  static final String GAVE_UP = "GAVE_UP";
  private static final int MAX_REASON_LENGTH = 200;
  private static final Logger LOG = LoggerFactory.getLogger(JdbcUpdateLedger.class);

  private final Database database;
  private final Clock clock;
  private final Duration lease;
  private final int maxAttempts;

  /** A ledger with the given lease and attempt limit. */
  public JdbcUpdateLedger(Database database, Clock clock, Duration lease, int maxAttempts) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive but was " + lease);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
    this.database = database;
    this.clock = clock;
    this.lease = lease;
    this.maxAttempts = maxAttempts;
  }

  /** A ledger with {@link #DEFAULT_LEASE} and {@link #DEFAULT_MAX_ATTEMPTS}. */
  public JdbcUpdateLedger(Database database, Clock clock) {
    this(database, clock, DEFAULT_LEASE, DEFAULT_MAX_ATTEMPTS);
  }

  @Override
  public boolean claim(long updateId) {
    OffsetDateTime now = now();
    try (Connection c = database.connection()) {
      if (insert(c, updateId, IN_PROGRESS, now, null)) {
        return true;
      }
      boolean reclaimed = reclaim(c, updateId, now);
      if (!reclaimed) {
        logIfGivenUp(c, updateId);
      }
      return reclaimed;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot claim update " + updateId, e);
    }
  }

  /** Marks the update as answered and makes that survive a killed process before returning. */
  @Override
  public void complete(long updateId) {
    finish(updateId, DONE, null);
    database.flush();
  }

  @Override
  public void fail(long updateId, String reason) {
    finish(updateId, FAILED, shorten(reason));
  }

  @Override
  public void giveUp(long updateId, String reason) {
    finish(updateId, GAVE_UP, shorten(reason));
    database.flush();
  }

  @Override
  public int releaseClaimsBefore(Instant start) {
    String sql = "UPDATE processed_update SET status = ?, last_error = ? WHERE status = ? AND claimed_at < ?";
    try (Connection c = database.connection()) {
      return JdbcQuestionLog.execute(c, sql, FAILED, "process ended while answering", IN_PROGRESS,
          OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release the claims of a previous run", e);
    }
  }

  private static String shorten(String reason) {
    return reason == null ? "" : reason.substring(0, Math.min(reason.length(), MAX_REASON_LENGTH));
  }

  private void finish(long updateId, String status, String reason) {
    OffsetDateTime now = now();
    String sql = "UPDATE processed_update SET status = ?, finished_at = ?, last_error = ? WHERE update_id = ?";
    try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, status);
      s.setObject(2, now);
      s.setString(3, reason);
      s.setLong(4, updateId);
      if (s.executeUpdate() == 0 && !insert(c, updateId, status, now, reason)) {
        finish(updateId, status, reason);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot mark update " + updateId + " as " + status, e);
    }
  }

  /** Inserts a new row; false when the update already has one. */
  private static boolean insert(Connection c, long updateId, String status, OffsetDateTime now, String reason)
      throws SQLException {
    String sql = "INSERT INTO processed_update (update_id, status, attempts, created_at, claimed_at, finished_at,"
        + " last_error) VALUES (?, ?, 1, ?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, updateId);
      s.setString(2, status);
      s.setObject(3, now);
      s.setObject(4, now);
      s.setObject(5, IN_PROGRESS.equals(status) ? null : now);
      s.setString(6, reason);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (isDuplicateKey(e)) {
        return false;
      }
      throw e;
    }
  }

  private boolean reclaim(Connection c, long updateId, OffsetDateTime now) throws SQLException {
    String sql = "UPDATE processed_update SET status = ?, attempts = attempts + 1, claimed_at = ?,"
        + " finished_at = NULL WHERE update_id = ? AND attempts < ?"
        + " AND (status = ? OR (status = ? AND claimed_at < ?))";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, IN_PROGRESS);
      s.setObject(2, now);
      s.setLong(3, updateId);
      s.setInt(4, maxAttempts);
      s.setString(5, FAILED);
      s.setString(6, IN_PROGRESS);
      s.setObject(7, now.minus(lease));
      return s.executeUpdate() == 1;
    }
  }

  private void logIfGivenUp(Connection c, long updateId) throws SQLException {
    String sql = "SELECT status, attempts FROM processed_update WHERE update_id = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, updateId);
      try (var rows = s.executeQuery()) {
        if (rows.next() && !DONE.equals(rows.getString(1)) && rows.getInt(2) >= maxAttempts) {
          LOG.warn("update {} was given up after {} attempts (status {})", updateId, rows.getInt(2),
              rows.getString(1));
        }
      }
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  static boolean isDuplicateKey(SQLException e) {
    return e != null && e.getSQLState() != null && e.getSQLState().startsWith("23");
  }
}
