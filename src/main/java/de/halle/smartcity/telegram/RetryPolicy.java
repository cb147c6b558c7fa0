package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * When the bot tries again a message whose answer could not be delivered even with the quick in-process retries:
 * after {@code firstDelay}, then four times longer each round, for {@code rounds} rounds (also after a restart).
 *
 * @param firstDelay wait before the first deferred try
 * @param rounds how many deferred tries before the message is given up; 0 for none
 * @param checkEvery how often due tries are looked for
 */
public record RetryPolicy(Duration firstDelay, int rounds, Duration checkEvery) {
  private static final int GROWTH = 4;

  public RetryPolicy {
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

  /** Production: 30 s, 2 min, 8 min, 32 min — about 42 minutes in all — checked every 10 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(30), 4, Duration.ofSeconds(10));
  }

  /** The wait before deferred round {@code round} (1-based). */
  Duration delayBefore(int round) {
    if (round < 1 || round > rounds) {
      throw new IllegalArgumentException("round must be in [1, " + rounds + "] but was " + round);
    }
    return firstDelay.multipliedBy((long) Math.pow(GROWTH, round - 1));
  }
}
