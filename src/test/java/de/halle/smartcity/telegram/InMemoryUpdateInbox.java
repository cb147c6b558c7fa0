package de.halle.smartcity.telegram;

import de.halle.smartcity.store.InboxMessage;
import de.halle.smartcity.store.UpdateInbox;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An {@link UpdateInbox} in a sorted map, with the same keep-once rule as the database one. */
class InMemoryUpdateInbox implements UpdateInbox {
  private final Map<Long, String> kept = new TreeMap<>();

  @Override
  public synchronized void append(List<InboxMessage> messages) {
    messages.forEach(m -> kept.putIfAbsent(m.updateId(), m.payload()));
  }

  @Override
  public synchronized void remove(long updateId) {
    kept.remove(updateId);
  }

  @Override
  public synchronized List<String> unanswered() {
    return List.copyOf(kept.values());
  }
}
