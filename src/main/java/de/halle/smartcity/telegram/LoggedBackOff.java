package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The poll loop's back-off, which also writes its log: each failed {@code getUpdates} is one WARN line saying what
 * failed ({@link PollWatch}) and when the next try comes, with the stack trace only at DEBUG; the first good poll after
 * failures is one INFO line. Waits as {@link CappedBackOff} does, or as long as Telegram asked with
 * {@code retry_after} (at most {@link #MAX_RETRY_AFTER}). The library's own poll-loop logger, which logs a stack trace
 * per failed poll, is switched off in {@code simplelogger.properties}. Not thread-safe; the library calls it from its
 * single poll thread.
 */
final class LoggedBackOff implements BackOff {
  /** Longest wait Telegram's {@code retry_after} can cause, well inside the health check's two minutes. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(LoggedBackOff.class);

  private final CappedBackOff delays = new CappedBackOff();
  private final PollWatch watch;
  private final Ticker ticker;
  private int failures;
  private long firstFailureNanos;

  LoggedBackOff(PollWatch watch, Ticker ticker) {
    this.watch = watch;
    this.ticker = ticker;
  }

  @Override
  public void reset() {
    delays.reset();
    if (failures > 0) {
      Duration outage = Duration.ofNanos(ticker.nanoTime() - firstFailureNanos);
      LOG.info("Telegram poll works again after {} failed {} ({} s)", failures, failures == 1 ? "poll" : "polls",
          outage.toSeconds());
      failures = 0;
    }
  }

  @Override
  public long nextBackOffMillis() {
    PollFailure failure = watch.take().orElse(PollFailure.UNKNOWN);
    long backOff = delays.nextBackOffMillis();
    long asked = failure.retryAfter().map(d -> Math.min(d.toMillis(), MAX_RETRY_AFTER.toMillis())).orElse(0L);
    long millis = Math.max(backOff, asked);
    if (failures++ == 0) {
      firstFailureNanos = ticker.nanoTime();
    }
    String why = failure.retryAfter().map(d -> " (Telegram asked to retry after " + d.toSeconds() + " s)").orElse("");
    LOG.warn("Telegram poll failed: {}; next try in {} s{} [failure {} in a row]", failure.what(), seconds(millis),
        why, failures);
    failure.cause().ifPresent(cause -> LOG.debug("Telegram poll failure {} in detail", failures, cause));
    return millis;
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.1f",
        millis / 1000.0);
  }
}
