package de.halle.smartcity.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Back-off for failed {@code getUpdates} calls: doubles from half a second up to 30 s and stays there, unlike the
 * library's default that waits 15 minutes per try after 15 minutes of failures. Not thread-safe; one per session.
 */
final class CappedBackOff implements BackOff {
  private static final long FIRST_MILLIS = 500;
  private static final long MAX_MILLIS = 30_000;

  private long next = FIRST_MILLIS;

  @Override
  public void reset() {
    next = FIRST_MILLIS;
  }

  @Override
  public long nextBackOffMillis() {
    long current = next;
    next = Math.min(MAX_MILLIS, next * 2);
    return current;
  }
}
