package de.halle.smartcity.store;

import java.time.Instant;

/**
 * Remembers which Telegram {@code update_id}s were handled, so a re-delivered batch or a restart never answers twice
 * and a failed update is retried rather than dropped. Implementations are thread-safe and persistent.
 */
public interface UpdateLedger {

  /**
   * Claims an update for processing.
   *
   * @return true when the caller must process it now; false when it was already completed or is claimed by a live
   *     worker
   */
  boolean claim(long updateId);

  /** Marks a claimed update as answered; it will never be claimed again. */
  void complete(long updateId);

  /** Marks a claimed update as failed with a short reason (no personal data); it may be claimed again. */
  void fail(long updateId, String reason);

  /**
   * Marks an update as given up for good (the citizen was told to ask again, or every retry failed), keeping the
   * reason; it will never be claimed again, so a re-delivery cannot answer it after the apology.
   */
  void giveUp(long updateId, String reason);

  /**
   * At start: marks the claims a previous run of the bot took before {@code start} and never finished (it was
   * killed) as failed, so its unanswered messages can be claimed again at once instead of after the lease. Only one
   * process polls a bot token, so such a claim has no live worker.
   *
   * @return how many claims were released
   */
  int releaseClaimsBefore(Instant start);
}
