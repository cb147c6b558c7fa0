package de.halle.smartcity.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bot's own {@link LongPollingUpdateConsumer}: runs on the library's poller thread, so it only reads the batch,
 * keeps it in the {@link WriteAheadInbox} (before returning, hence before the next {@code getUpdates} confirms it to
 * Telegram) and queues each update on its chat's queue, catching every {@link Throwable} — an exception escaping here
 * would stop polling for good.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final UpdateReader reader;
  private final ChatQueues queues;
  private final DeferredRetries handler;
  private final WriteAheadInbox inbox;

  UpdateDispatcher(UpdateReader reader, WriteAheadInbox inbox, ChatQueues queues, DeferredRetries handler) {
    this.reader = reader;
    this.inbox = inbox;
    this.queues = queues;
    this.handler = handler;
  }

  @Override
  public void consume(List<Update> updates) {
    List<Incoming> batch = new ArrayList<>(updates.size());
    for (Update update : updates) {
      try {
        batch.add(reader.read(update));
      } catch (Throwable t) {
        LOG.error("update {} could not be read; skipped", update.getUpdateId(), t);
      }
    }
    try {
      inbox.keep(batch);
      for (Incoming incoming : batch) {
        queue(incoming);
      }
    } catch (InterruptedException e) {
      LOG.info("stopped while keeping or queueing updates; Telegram delivers the unconfirmed rest again");
      Thread.currentThread().interrupt();
    } catch (RejectedExecutionException e) {
      LOG.info("shutting down; the updates not yet queued stay in the inbox for the restart");
    } catch (Throwable t) {
      LOG.error("a batch of {} updates could not be kept or queued", updates.size(), t);
    }
  }

  private void queue(Incoming incoming) throws InterruptedException {
    try {
      queues.submit(incoming.chatKey(), () -> handler.handle(incoming));
    } catch (InterruptedException | RejectedExecutionException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("update {} could not be queued; skipped", incoming.updateId(), e);
    }
  }
}
