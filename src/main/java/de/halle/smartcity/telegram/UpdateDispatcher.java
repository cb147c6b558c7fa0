package de.halle.smartcity.telegram;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bot's own {@link LongPollingUpdateConsumer}: runs on the library's poller thread, so it only reads each update
 * and queues it on its chat's queue, catching every {@link Throwable} per update — an exception escaping here would
 * stop polling for good.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final UpdateReader reader;
  private final ChatQueues queues;
  private final DeferredRetries handler;

  UpdateDispatcher(UpdateReader reader, ChatQueues queues, DeferredRetries handler) {
    this.reader = reader;
    this.queues = queues;
    this.handler = handler;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      try {
        Incoming incoming = reader.read(update);
        handler.accept(incoming);
        queues.submit(incoming.chatKey(), () -> handler.handle(incoming));
      } catch (InterruptedException e) {
        LOG.info("stopped while queueing updates; the rest of the batch is left for Telegram to deliver again");
        Thread.currentThread().interrupt();
        return;
      } catch (RejectedExecutionException e) {
        LOG.info("shutting down; update {} is left for Telegram to deliver again", update.getUpdateId());
        return;
      } catch (Throwable t) {
        LOG.error("update {} could not be read or queued; skipped", update.getUpdateId(), t);
      }
    }
  }
}
