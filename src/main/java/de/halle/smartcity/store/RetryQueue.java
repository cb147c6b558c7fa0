package de.halle.smartcity.store;

import java.time.Instant;
import java.util.List;

/**
 * Messages whose handling failed and that are tried again later, also after a restart. Implementations keep the
 * payload encrypted and the chat only as a pseudonym, and are thread-safe and persistent.
 */
public interface RetryQueue {

  /** Keeps (or replaces) the message of {@code updateId} for its {@code round}-th deferred try at {@code due}. */
  void schedule(long updateId, long chatId, String payload, int round, Instant due);

  /** Up to {@code limit} messages due at {@code now}, the longest waiting first. */
  List<PendingRetry> due(Instant now, int limit);

  /** Drops the message: answered, or given up. Unknown ids are ignored. */
  void remove(long updateId);
}
