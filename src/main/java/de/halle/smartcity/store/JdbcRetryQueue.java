package de.halle.smartcity.store;

import de.halle.smartcity.privacy.HmacPseudonymizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RetryQueue} in the {@code update_retry} table: payloads are sealed with AES-GCM under a key derived from the
 * pseudonym key, chats are stored as their HMAC pseudonym. A payload that no longer opens (the key was changed) is
 * dropped with a warning. Thread-safe.
 */
public final class JdbcRetryQueue implements RetryQueue {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcRetryQueue.class);

  private final Database database;
  private final HmacPseudonymizer pseudonymizer;
  private final AesGcmSealer sealer;
  private final Clock clock;

  /**
   * A queue in {@code database}; {@code pseudonymizer} hashes chat ids and supplies the encryption key, {@code clock}
   * dates new rows for the retention job.
   */
  public JdbcRetryQueue(Database database, HmacPseudonymizer pseudonymizer, Clock clock) {
    this.database = database;
    this.pseudonymizer = pseudonymizer;
    this.clock = clock;
    this.sealer = new AesGcmSealer(pseudonymizer.derivedKey("update-retry"));
  }

  @Override
  public void schedule(long updateId, long chatId, String payload, int round, Instant due) {
    String sealed = sealer.sealForColumn(payload, "retry payload of update " + updateId);
    OffsetDateTime dueAt = JdbcQuestionLog.utc(due);
    String update = "UPDATE update_retry SET next_attempt_at = ?, rounds = ?, sealed_payload = ? WHERE update_id = ?";
    String insert = "INSERT INTO update_retry (update_id, chat_hash, created_at, next_attempt_at, rounds,"
        + " sealed_payload) VALUES (?, ?, ?, ?, ?, ?)";
    try (Connection c = database.connection()) {
      if (JdbcQuestionLog.execute(c, update, dueAt, round, sealed, updateId) == 0) {
        JdbcQuestionLog.execute(c, insert, updateId, pseudonymizer.pseudonym(chatId),
            JdbcQuestionLog.utc(clock.instant()), dueAt, round, sealed);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot schedule a retry of update " + updateId, e);
    }
  }

  @Override
  public List<PendingRetry> due(Instant now, int limit) {
    String sql = "SELECT update_id, sealed_payload, rounds FROM update_retry WHERE next_attempt_at <= ?"
        + " ORDER BY next_attempt_at, update_id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
    List<PendingRetry> due = new ArrayList<>();
    try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, JdbcQuestionLog.utc(now));
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          open(rows.getLong(1), rows.getString(2), rows.getInt(3), due);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read due retries", e);
    }
    return due;
  }

  @Override
  public void remove(long updateId) {
    try (Connection c = database.connection()) {
      JdbcQuestionLog.execute(c, "DELETE FROM update_retry WHERE update_id = ?", updateId);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove the retry of update " + updateId, e);
    }
  }

  private void open(long updateId, String sealed, int round, List<PendingRetry> due) {
    try {
      due.add(new PendingRetry(updateId, sealer.open(sealed), round));
    } catch (IllegalArgumentException e) {
      LOG.warn("retry of update {} cannot be decrypted (pseudonym key changed?); dropped: {}", updateId,
          e.getMessage());
      remove(updateId);
    }
  }
}
