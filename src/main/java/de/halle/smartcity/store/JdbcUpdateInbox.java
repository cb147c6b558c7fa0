package de.halle.smartcity.store;

import de.halle.smartcity.privacy.HmacPseudonymizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UpdateInbox} in the {@code update_inbox} table: payloads sealed with AES-GCM under a key derived from the
 * pseudonym key, chats stored as their HMAC pseudonym. A batch is one transaction followed by
 * {@link Database#sync()}, so once {@link #append} returns it survives a killed process and a power cut. A payload
 * that no longer opens (the key was changed) is dropped with a warning. Thread-safe.
 */
public final class JdbcUpdateInbox implements UpdateInbox {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcUpdateInbox.class);
  private static final String INSERT =
      "INSERT INTO update_inbox (update_id, chat_hash, created_at, sealed_payload) VALUES (?, ?, ?, ?)";

  private final Database database;
  private final HmacPseudonymizer pseudonymizer;
  private final AesGcmSealer sealer;
  private final Clock clock;

  /**
   * An inbox in {@code database}; {@code pseudonymizer} hashes chat ids and supplies the encryption key,
   * {@code clock} dates new rows for the retention job.
   */
  public JdbcUpdateInbox(Database database, HmacPseudonymizer pseudonymizer, Clock clock) {
    this.database = database;
    this.pseudonymizer = pseudonymizer;
    this.clock = clock;
    this.sealer = new AesGcmSealer(pseudonymizer.derivedKey("update-inbox"));
  }

  @Override
  public void append(List<InboxMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    List<Object[]> rows = rows(messages);
    try (Connection c = database.connection()) {
      if (!insertAll(c, rows)) {
        for (Object[] row : rows) {
          insertUnlessKept(c, row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot keep " + messages.size() + " messages in the inbox", e);
    }
    database.sync();
  }

  @Override
  public void remove(long updateId) {
    try (Connection c = database.connection()) {
      JdbcQuestionLog.execute(c, "DELETE FROM update_inbox WHERE update_id = ?", updateId);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove update " + updateId + " from the inbox", e);
    }
  }

  @Override
  public List<String> unanswered() {
    List<String> payloads = new ArrayList<>();
    List<Long> unreadable = new ArrayList<>();
    String sql = "SELECT update_id, sealed_payload FROM update_inbox ORDER BY update_id";
    try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        try {
          payloads.add(sealer.open(rows.getString(2)));
        } catch (IllegalArgumentException e) {
          LOG.warn("inbox message of update {} cannot be decrypted (pseudonym key changed?); dropped: {}",
              rows.getLong(1), e.getMessage());
          unreadable.add(rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the inbox", e);
    }
    unreadable.forEach(this::remove);
    return payloads;
  }

  private List<Object[]> rows(List<InboxMessage> messages) {
    OffsetDateTime now = JdbcQuestionLog.utc(clock.instant());
    List<Object[]> rows = new ArrayList<>(messages.size());
    for (InboxMessage m : messages) {
      String sealed = sealer.sealForColumn(m.payload(), "inbox payload of update " + m.updateId());
      rows.add(new Object[] {m.updateId(), pseudonymizer.pseudonym(m.chatId()), now, sealed});
    }
    return rows;
  }

  /** One batch in one transaction; false (rolled back) when a message was already kept. */
  private static boolean insertAll(Connection c, List<Object[]> rows) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          s.setObject(i + 1, row[i]);
        }
        s.addBatch();
      }
      s.executeBatch();
      c.commit();
      return true;
    } catch (SQLException e) {
      c.rollback();
      if (duplicateInBatch(e)) {
        return false;
      }
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static boolean duplicateInBatch(SQLException e) {
    for (Throwable t = e; t != null; t = t instanceof SQLException sql && sql.getNextException() != null
        ? sql.getNextException() : t.getCause()) {
      if (t instanceof SQLException sql && JdbcUpdateLedger.isDuplicateKey(sql)) {
        return true;
      }
    }
    return false;
  }

  private static void insertUnlessKept(Connection c, Object[] row) throws SQLException {
    try {
      JdbcQuestionLog.execute(c, INSERT, row);
    } catch (SQLException e) {
      if (!JdbcUpdateLedger.isDuplicateKey(e)) {
        throw e;
      }
    }
  }
}
