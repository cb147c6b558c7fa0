package de.halle.smartcity.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
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
 * <p>Thread-safe: every {@link #connection()} call lends a connection from a HikariCP pool; callers close it to give
 * it back. A returned connection keeps its session, so H2 keeps its parsed statements (H2's own pool rolled every
 * returned connection back, which empties that cache).
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
  private static final int POOL_SIZE = 16;
  /** Open connections kept to a server database while idle; an embedded H2 keeps all of them. */
  private static final int SERVER_MIN_IDLE = 2;
  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(30);
  /**
   * How many parsed statements each H2 session keeps: answering one message runs about a dozen distinct statements
   * (inbox, ledger, question log, COMMIT, CHECKPOINT), more than H2's default of 8, so with the default every
   * statement was parsed again.
   */
  static final int H2_QUERY_CACHE_SIZE = 64;

  private final String url;
  private final HikariDataSource pool;
  private final AtomicLong flushRequests = new AtomicLong();
  private final Object flushLock = new Object();
  private long flushedUpTo;

  private Database(String url, HikariDataSource pool) {
    this.url = url;
    this.pool = pool;
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
    HikariDataSource pool;
    try {
      pool = pool(h2 ? withQueryCache(jdbcUrl) : jdbcUrl, user.orElse(h2 ? H2_USER : null), password.orElse(null), h2);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot open database " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
    }
    Database database = new Database(jdbcUrl, pool);
    try {
      Flyway.configure().locations("classpath:db/migration").dataSource(pool).load().migrate();
    } catch (FlywayException e) {
      database.close();
      throw new IllegalStateException("cannot migrate database " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
    }
    return database;
  }

  /**
   * A pool that fails fast when the database cannot be reached. Embedded H2 connections are kept open for good (an
   * in-memory database lives as long as one of them); server connections are renewed as HikariCP does by default.
   */
  private static HikariDataSource pool(String url, String user, String password, boolean h2) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("database");
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(POOL_TIMEOUT.toMillis());
    if (h2) {
      config.setMaxLifetime(0);
      config.setIdleTimeout(0);
    } else {
      config.setMinimumIdle(SERVER_MIN_IDLE);
    }
    return new HikariDataSource(config);
  }

  /** The H2 URL with a query cache of {@link #H2_QUERY_CACHE_SIZE} unless it sets one itself. */
  static String withQueryCache(String h2Url) {
    return h2Url.toUpperCase(Locale.ROOT).contains(";QUERY_CACHE_SIZE=") ? h2Url
        : h2Url + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
  }

  /**
   * Lends a connection in auto-commit mode; the caller closes it. An interrupted thread gets one too (a bot shutting
   * down interrupts its workers, and they must still record how their messages ended); the interrupt is kept.
   *
   * @throws SQLException when no connection is free within 30 s or the database refuses one
   */
  public Connection connection() throws SQLException {
    boolean interrupted = Thread.interrupted();
    try {
      return pool.getConnection();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
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
    return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
  }

  private void checkpoint(String statement) {
    try (Connection c = connection(); Statement s = c.createStatement()) {
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
    pool.close();
  }

  private static String redacted(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
