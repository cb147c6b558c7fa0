package de.halle.smartcity.telegram;

import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends plain-text notices (reload reports, messages the bot had to give up) to every admin's private chat through the
 * chat queues, so they are paced like any reply; best effort, never throws. Thread-safe.
 */
final class AdminNotices {
  private static final Logger LOG = LoggerFactory.getLogger(AdminNotices.class);

  private final Set<Long> adminIds;
  private final ChatQueues queues;
  private final ReplySender sender;
  private final HtmlSplitter splitter = new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT);

  AdminNotices(Set<Long> adminIds, ChatQueues queues, ReplySender sender) {
    this.adminIds = Set.copyOf(adminIds);
    this.queues = queues;
    this.sender = sender;
  }

  /** Queues the notice for every admin and returns at once. */
  void send(String plainText) {
    for (long admin : adminIds) {
      for (String part : splitter.split(Html.escape(plainText))) {
        try {
          queues.submit(admin, () -> deliver(admin, part));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RejectedExecutionException e) {
          LOG.warn("admin notice not queued: {}", e.toString());
        }
      }
    }
  }

  private void deliver(long chatId, String html) {
    try {
      sender.send(ChatMessage.of(new ChatRef(chatId, false), html, null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BotApiException e) {
      LOG.warn("admin notice failed to send: {}", e.getMessage());
    }
  }
}
