package de.halle.smartcity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes rows older than the retention period ({@code BOT_RETENTION_DAYS}) from every personal table and the update
 * ledger, once at {@link #start()} and then daily on its own daemon thread. Thread-safe.
 */
public final class RetentionJob implements AutoCloseable {

  /** Retention when {@code BOT_RETENTION_DAYS} is not set. */
  public static final int DEFAULT_RETENTION_DAYS = 90;

  private static final Duration PERIOD = Duration.ofDays(1);
  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  private final Database database;
  private final Clock clock;
  private final int retentionDays;
  private final ScheduledExecutorService scheduler;

  /** A job keeping rows for {@code retentionDays} days (at least 1) by {@code clock}. */
  public RetentionJob(Database database, Clock clock, int retentionDays) {
    if (retentionDays < 1) {
      throw new IllegalArgumentException("BOT_RETENTION_DAYS must be at least 1 but was " + retentionDays);
    }
    this.database = database;
    this.clock = clock;
    this.retentionDays = retentionDays;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "retention-job");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Purges now and then every 24 hours until {@link #close()}; a failed run is logged and retried next day. */
  public void start() {
    scheduler.scheduleAtFixedRate(this::purgeAndLog, 0, PERIOD.toMinutes(), TimeUnit.MINUTES);
  }

  /** Deletes every row created before now minus the retention period and returns how many were removed. */
  public int purge() {
    OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(retentionDays);
    List<String> tables = new ArrayList<>(Database.PERSONAL_TABLES);
    tables.add("processed_update");
    int removed = 0;
    try (Connection c = database.connection()) {
      for (String table : tables) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE created_at < ?")) {
          s.setObject(1, cutoff);
          removed += s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete rows older than " + cutoff, e);
    }
    return removed;
  }

  /** The configured retention in days. */
  public int retentionDays() {
    return retentionDays;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  private void purgeAndLog() {
    try {
      int removed = purge();
      LOG.info("retention: deleted {} rows older than {} days", removed, retentionDays);
    } catch (RuntimeException e) {
      LOG.error("retention run failed; retrying in {}", PERIOD, e);
    }
  }
}
