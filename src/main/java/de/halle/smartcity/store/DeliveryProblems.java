package de.halle.smartcity.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Messages the bot could not answer normally in a period, for the admins: no chat, no text, only update ids, times
 * and short reasons.
 *
 * @param givenUp updates given up for good (the citizen was asked to try again, or every retry failed)
 * @param failedNow updates whose last try failed and that may still be tried again
 * @param waitingForRetry messages kept for a deferred try right now
 * @param latest the most recent given-up updates, newest first
 */
public record DeliveryProblems(int givenUp, int failedNow, int waitingForRetry, List<GivenUp> latest) {

  /** One given-up update. */
  public record GivenUp(long updateId, Instant at, String reason) {
    public GivenUp {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
    }
  }

  public DeliveryProblems {
    latest = List.copyOf(latest);
  }
}
