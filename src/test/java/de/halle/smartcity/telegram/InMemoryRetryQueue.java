package de.halle.smartcity.telegram;

import de.halle.smartcity.store.PendingRetry;
import de.halle.smartcity.store.RetryQueue;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A {@link RetryQueue} in a map (plain payloads: a test fake, not privacy-safe). */
final class InMemoryRetryQueue implements RetryQueue {
  record Entry(long updateId, long chatId, String payload, int round, Instant due) {}

  private final Map<Long, Entry> entries = new TreeMap<>();

  @Override
  public synchronized void schedule(long updateId, long chatId, String payload, int round, Instant due) {
    entries.put(updateId, new Entry(updateId, chatId, payload, round, due));
  }

  @Override
  public synchronized List<PendingRetry> due(Instant now, int limit) {
    return entries.values().stream().filter(e -> !e.due().isAfter(now)).sorted(Comparator.comparing(Entry::due))
        .limit(limit).map(e -> new PendingRetry(e.updateId(), e.payload(), e.round())).toList();
  }

  @Override
  public synchronized void remove(long updateId) {
    entries.remove(updateId);
  }

  synchronized List<Entry> entries() {
    return List.copyOf(entries.values());
  }
}
