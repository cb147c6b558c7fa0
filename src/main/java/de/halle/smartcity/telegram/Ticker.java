package de.halle.smartcity.telegram;

import java.time.Duration;

/**
 * Monotonic time and sleeping: the seam that lets rate limits, back-offs and expiry be tested without waiting.
 * Implementations are thread-safe.
 */
public interface Ticker {

  /** Monotonic nanoseconds; only differences are meaningful. */
  long nanoTime();

  /** Sleeps for the duration (no-op when zero or negative). */
  void sleep(Duration duration) throws InterruptedException;

  /** The JVM's monotonic clock and {@link Thread#sleep}. */
  static Ticker system() {
    return SystemTicker.INSTANCE;
  }
}
