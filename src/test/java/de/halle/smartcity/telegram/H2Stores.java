package de.halle.smartcity.telegram;

import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.store.Database;
import de.halle.smartcity.store.JdbcQuestionLog;
import de.halle.smartcity.store.JdbcRetryQueue;
import de.halle.smartcity.store.JdbcUpdateInbox;
import de.halle.smartcity.store.JdbcUpdateLedger;
import de.halle.smartcity.store.StoredRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The real H2 stores with the real schema (Flyway migrations) for end-to-end tests, and queries to inspect them. */
final class H2Stores implements AutoCloseable {
  private static final byte[] KEY = "telegram-test-pseudonym-key".getBytes(StandardCharsets.UTF_8);

  final Database database;
  final JdbcUpdateLedger ledger;
  final JdbcQuestionLog log;
  final JdbcRetryQueue retries;
  final JdbcUpdateInbox inbox;

  private H2Stores(Database database) {
    this.database = database;
    this.ledger = new JdbcUpdateLedger(database, Clock.systemUTC());
    this.log = new JdbcQuestionLog(database, new HmacPseudonymizer(KEY), new PersonalDataScrubber());
    this.retries = new JdbcRetryQueue(database, new HmacPseudonymizer(KEY), Clock.systemUTC());
    this.inbox = new JdbcUpdateInbox(database, new HmacPseudonymizer(KEY), Clock.systemUTC());
  }

  /** A fresh in-memory database. */
  static H2Stores inMemory() {
    return new H2Stores(Database.open("jdbc:h2:mem:telegram-" + UUID.randomUUID()));
  }

  /** A database file in the folder; opening it again after {@link #close()} is a restart. */
  static H2Stores file(Path folder) {
    return new H2Stores(Database.open("jdbc:h2:file:" + folder.resolve("bot").toAbsolutePath()));
  }

  /** The ledger status of an update (IN_PROGRESS, DONE, FAILED), or null when it has no row. */
  String status(long updateId) throws SQLException {
    return column("status", updateId);
  }

  /** How often the update was claimed (1 + retries). */
  int attempts(long updateId) throws SQLException {
    return Integer.parseInt(column("attempts", updateId));
  }

  String lastError(long updateId) throws SQLException {
    return column("last_error", updateId);
  }

  /** Waits up to the timeout for the update to reach the status; returns the status it has then. */
  String awaitStatus(long updateId, String status, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Objects.equals(status(updateId), status) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return status(updateId);
  }

  long count(String table) throws SQLException {
    try (Connection c = database.connection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The id of the one recorded question (fails when there is not exactly one). */
  long onlyQuestionId() throws SQLException {
    if (count("question") != 1) {
      throw new IllegalStateException("expected one question but found " + count("question"));
    }
    try (Connection c = database.connection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM question")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Moves every deferred retry's next attempt into the past, as if its delay had passed. */
  void makeRetriesDue() throws SQLException {
    try (Connection c = database.connection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE update_retry SET next_attempt_at = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00Z'");
    }
  }

  List<String> rows(String table) throws SQLException {
    return StoredRows.of(database, table);
  }

  private String column(String name, long updateId) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement s = c.prepareStatement("SELECT " + name + " FROM processed_update WHERE update_id = ?")) {
      s.setLong(1, updateId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /** Closes the pool; an in-memory database is gone with its last connection. */
  @Override
  public void close() {
    database.close();
  }
}
