package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Ticker} whose time only moves when told to or when someone sleeps; records every sleep. */
final class FakeTicker implements Ticker {
  private long now = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      sleeps.add(duration);
      now += duration.toNanos();
    }
  }

  synchronized void advance(Duration duration) {
    now += duration.toNanos();
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
