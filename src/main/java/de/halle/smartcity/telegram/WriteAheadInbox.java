package de.halle.smartcity.telegram;

import de.halle.smartcity.store.InboxMessage;
import de.halle.smartcity.store.UpdateInbox;
import de.halle.smartcity.store.UpdateLedger;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every message the bot has to answer in the {@link UpdateInbox} before Telegram is told it was delivered (the
 * library confirms a batch with the offset of the next {@code getUpdates}, which it sends only after
 * {@link UpdateDispatcher#consume} returned), removes it once settled, and at start hands back what a killed run left
 * unanswered. Button presses are kept too (their 👍/👎 and source card outlive the press, even when Telegram no
 * longer takes an answer to it); group chatter not meant for the bot is not. Thread-safe.
 */
final class WriteAheadInbox {
  private static final Logger LOG = LoggerFactory.getLogger(WriteAheadInbox.class);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

  private final UpdateInbox store;
  private final Ticker ticker;
  private final RetryPayload payloads = new RetryPayload();

  WriteAheadInbox(UpdateInbox store, Ticker ticker) {
    this.store = store;
    this.ticker = ticker;
  }

  /**
   * Keeps the batch durably; while the database refuses, tries again with growing pauses, holding the poller so that
   * Telegram is not told the batch was delivered.
   *
   * @throws InterruptedException when the bot stops first: the batch stays unconfirmed and Telegram delivers it again
   */
  void keep(List<Incoming> batch) throws InterruptedException {
    List<InboxMessage> messages = new ArrayList<>(batch.size());
    for (Incoming incoming : batch) {
      payload(incoming).ifPresent(p -> messages.add(new InboxMessage(incoming.updateId(), incoming.chatKey(), p)));
    }
    Duration pause = FIRST_PAUSE;
    while (true) {
      try {
        store.append(messages);
        return;
      } catch (RuntimeException e) {
        LOG.error("cannot keep {} messages in the inbox; polling waits {} and tries again", messages.size(), pause, e);
      }
      ticker.sleep(pause);
      pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
    }
  }

  /** Drops the message from the inbox: answered, given up, or kept in the retry queue. Never throws. */
  void settled(Incoming incoming) {
    if (!kept(incoming)) {
      return;
    }
    long updateId = incoming.updateId();
    try {
      store.remove(updateId);
    } catch (RuntimeException e) {
      LOG.warn("update {}: inbox row not removed ({}); the ledger stops a second answer after a restart", updateId,
          e.toString());
    }
  }

  /**
   * Queues, in {@code update_id} order, the messages a previous run kept but never settled (it was killed); call
   * before polling starts, so re-delivered and new messages of a chat queue up behind them.
   *
   * @param start when this run started: claims taken before it belong to the dead run and are released
   * @param handle answers one message on its chat's queue
   */
  void resume(UpdateLedger ledger, Instant start, ChatQueues queues, Consumer<Incoming> handle)
      throws InterruptedException {
    List<String> left = store.unanswered();
    if (left.isEmpty()) {
      return;
    }
    int released = ledger.releaseClaimsBefore(start);
    LOG.warn("{} messages of the previous run were not answered ({} claims released); answering them now",
        left.size(), released);
    for (String payload : left) {
      try {
        Incoming incoming = payloads.read(payload).incoming();
        queues.submit(incoming.chatKey(), () -> handle.accept(incoming));
      } catch (IllegalArgumentException e) {
        LOG.warn("unreadable inbox message skipped: {}", e.getMessage());
      }
    }
  }

  private Optional<String> payload(Incoming incoming) {
    return kept(incoming) ? payloads.write(incoming, List.of()) : Optional.empty();
  }

  /** Messages and button presses the bot answers; group chatter gets no reply. */
  private static boolean kept(Incoming incoming) {
    return incoming instanceof TextMessage text && text.addressed()
        || incoming instanceof MediaMessage media && media.addressed()
        || incoming instanceof ButtonPress;
  }
}
