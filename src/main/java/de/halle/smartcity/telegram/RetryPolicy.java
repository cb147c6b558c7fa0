package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * When the bot tries again a message whose answer could not be delivered: at once up to three times, pausing
 * {@code quickPause} and then twice that between the tries, and if all fail, deferred: after {@code firstDelay}, then
 * four times longer each round, for {@code rounds} rounds (also after a restart).
 *
 * @param quickPause pause after the first quick try (the second pause is twice as long)
 * @param firstDelay wait before the first deferred try
 * @param rounds how many deferred tries before the message is given up; 0 for none
 * @param checkEvery how often due tries are looked for
 */
public record RetryPolicy(Duration quickPause, Duration firstDelay, int rounds, Duration checkEvery) {
  private static final int GROWTH = 4;

  /** How many quick in-process tries an update gets before the deferred ones. */
  static final int QUICK_TRIES = 3;

  public RetryPolicy {
    Objects.requireNonNull(quickPause, "quickPause");
    if (quickPause.isNegative()) {
      throw new IllegalArgumentException("the quick retry pause must not be negative but was " + quickPause);
    }
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(checkEvery, "checkEvery");
    if (firstDelay.isNegative() || firstDelay.isZero() || checkEvery.isNegative() || checkEvery.isZero()) {
      throw new IllegalArgumentException("retry delays must be positive but were " + firstDelay + " and "
          + checkEvery);
    }
    if (rounds < 0 || rounds > 8) {
      throw new IllegalArgumentException("retry rounds must be in [0, 8] but was " + rounds);
    }
  }

  /**
   * Production: quick tries 0.5 s and 1 s apart; deferred after 30 s, 2 min, 8 min, 32 min — about 42 minutes in
   * all — checked every 10 s.
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 4, Duration.ofSeconds(10));
  }

  /** The wait before deferred round {@code round} (1-based). */
  Duration delayBefore(int round) {
    if (round < 1 || round > rounds) {
      throw new IllegalArgumentException("round must be in [1, " + rounds + "] but was " + round);
    }
    return firstDelay.multipliedBy((long) Math.pow(GROWTH, round - 1));
  }
}
