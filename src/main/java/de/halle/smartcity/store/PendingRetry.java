package de.halle.smartcity.store;

import java.util.Objects;

/**
 * A message waiting for another try, as {@link RetryQueue#due} returns it.
 *
 * @param updateId Telegram's {@code update_id}
 * @param payload what the bot needs to handle the message again, as the bot wrote it
 * @param round how many deferred tries came before this one (1 for the first)
 */
public record PendingRetry(long updateId, String payload, int round) {

  public PendingRetry {
    Objects.requireNonNull(payload, "payload");
    if (round < 1) {
      throw new IllegalArgumentException("round must be >= 1 but was " + round);
    }
  }
}
