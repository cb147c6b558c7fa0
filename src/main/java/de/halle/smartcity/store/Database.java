package de.halle.smartcity.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The bot's relational database (H2 file by default, PostgreSQL by URL), migrated to the current schema when opened.
 *
 * <p>Thread-safe: every {@link #connection()} call hands out its own connection (pooled for H2, a fresh
 * {@link DriverManager} connection otherwise); callers close it.
 */
public final class Database implements AutoCloseable {

  /** The default: an H2 file in the data directory of the working directory. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/halle-bot";

  /**
   * Tables that hold data about a citizen, children first; each has {@code chat_hash} and {@code created_at}
   * columns, so forgetting a chat and enforcing retention treat them alike.
   */
  public static final List<String> PERSONAL_TABLES = List.of("feedback", "question", "update_retry", "update_inbox");

  private static final String H2_USER = "sa";
  private static final int H2_POOL_SIZE = 16;
  private static final Duration H2_POOL_TIMEOUT = Duration.ofSeconds(30);
  /**
   * How many parsed statements each H2 session keeps: answering one message runs about a dozen distinct statements
   * (inbox, ledger, question log, the pool's ROLLBACK on return, COMMIT, CHECKPOINT), more than H2's default of 8, so
   * with the default every statement was parsed again.
   */
  static final int H2_QUERY_CACHE_SIZE = 64;

  private final String url;
  private final String user;
  private final String password;
  private final H2SessionPool h2Pool;
  private final AtomicLong flushRequests = new AtomicLong();
  private final Object flushLock = new Object();
  private long flushedUpTo;

  private Database(String url, String user, String password, H2SessionPool h2Pool) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.h2Pool = h2Pool;
  }

  /** Opens the database at a JDBC URL whose credentials, if any, are part of the URL. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, Optional.empty(), Optional.empty());
  }

  /**
   * Opens the database at a JDBC URL as {@code user} ({@code DATABASE_USER}, {@code DATABASE_PASSWORD}) and migrates
   * it with the versioned scripts under {@code db/migration}; H2 without a user connects as {@code sa}.
   *
   * @throws IllegalStateException when the database cannot be reached or migrated, naming the URL
   */
  public static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("DATABASE_URL must be a JDBC URL starting with jdbc: but was " + jdbcUrl);
    }
    boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
    String userName = user.orElse(h2 ? H2_USER : null);
    String secret = password.orElse(h2 ? "" : null);
    String connectUrl = h2 ? withQueryCache(jdbcUrl) : jdbcUrl;
    H2SessionPool pool = h2 ? new H2SessionPool(connectUrl, userName, secret, H2_POOL_SIZE, H2_POOL_TIMEOUT) : null;
    Database database = new Database(jdbcUrl, userName, secret, pool);
    try {
      migrate(database, connectUrl, userName, h2 && secret.isEmpty() ? null : secret);
    } catch (FlywayException | SQLException e) {
      database.close();
      throw new IllegalStateException("cannot migrate database " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
    }
    return database;
  }

  /** Migrates with Flyway's own connection while one pooled connection keeps an in-memory H2 database alive. */
  private static void migrate(Database database, String url, String user, String password) throws SQLException {
    Connection keepsDatabaseOpen = database.connection();
    try {
      Flyway.configure().locations("classpath:db/migration").dataSource(url, user, password).load().migrate();
    } finally {
      keepsDatabaseOpen.close();
    }
  }

  /** The H2 URL with a query cache of {@link #H2_QUERY_CACHE_SIZE} unless it sets one itself. */
  static String withQueryCache(String h2Url) {
    return h2Url.toUpperCase(Locale.ROOT).contains(";QUERY_CACHE_SIZE=") ? h2Url
        : h2Url + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
  }

  /** Returns a new connection in auto-commit mode; the caller closes it. */
  public Connection connection() throws SQLException {
    if (h2Pool != null) {
      return h2Pool.connection();
    }
    return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
  }

  /**
   * Makes every statement committed before this call survive a killed process (kill -9, OOM): H2 keeps commits in
   * memory for up to its write delay (500 ms), so this writes them to the file with {@code CHECKPOINT}; callers that
   * arrive while a flush runs share the next one (group commit). Other databases are durable on commit, and H2 in
   * memory has nothing to flush: no-op.
   *
   * @throws IllegalStateException when the flush fails
   */
  public void flush() {
    if (!h2File()) {
      return;
    }
    long mine = flushRequests.incrementAndGet();
    synchronized (flushLock) {
      if (flushedUpTo >= mine) {
        return;
      }
      long covered = flushRequests.get();
      checkpoint("CHECKPOINT");
      flushedUpTo = covered;
    }
  }

  /**
   * Like {@link #flush()}, and also forces H2's file to the device (fsync), so the commits survive a power cut too;
   * dearer (milliseconds), hence only for what must never be lost.
   */
  public void sync() {
    if (h2File()) {
      checkpoint("CHECKPOINT SYNC");
    }
  }

  private boolean h2File() {
    return h2Pool != null && !url.startsWith("jdbc:h2:mem:");
  }

  private void checkpoint(String statement) {
    try (Connection c = h2Pool.connection(); Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot flush database " + redacted(url) + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC URL with any password parameter hidden, for log lines. */
  public String describe() {
    return redacted(url);
  }

  @Override
  public void close() {
    if (h2Pool != null) {
      h2Pool.close();
    }
  }

  private static String redacted(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
