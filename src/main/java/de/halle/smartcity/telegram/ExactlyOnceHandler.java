package de.halle.smartcity.telegram;

import de.halle.smartcity.store.UpdateLedger;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each update at most once across restarts and re-deliveries: claims its {@code update_id} in the
 * {@link UpdateLedger}, works out the replies, sends them and completes it. A failure is recorded in the ledger and
 * retried in-process a bounded number of times, resuming after the last reply that got through; if it keeps failing
 * the citizen gets a polite apology and the update stays marked as failed. Rejections by Telegram (400, 403) are
 * final: retrying cannot help.
 */
final class ExactlyOnceHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceHandler.class);

  private final UpdateLedger ledger;
  private final Conversation conversation;
  private final ReplySender sender;
  private final Ticker ticker;
  private final int attempts;
  private final Duration backOff;

  ExactlyOnceHandler(UpdateLedger ledger, Conversation conversation, ReplySender sender, Ticker ticker, int attempts,
      Duration backOff) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1 but was " + attempts);
    }
    this.ledger = ledger;
    this.conversation = conversation;
    this.sender = sender;
    this.ticker = ticker;
    this.attempts = attempts;
    this.backOff = backOff;
  }

  /** Handles the update; never throws. */
  void handle(Incoming incoming) {
    long id = incoming.updateId();
    List<Outgoing> replies = null;
    int sent = 0;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        if (!ledger.claim(id)) {
          return;
        }
        if (replies == null) {
          replies = conversation.reply(incoming);
        }
        for (; sent < replies.size(); sent++) {
          sender.send(replies.get(sent));
        }
        ledger.complete(id);
        return;
      } catch (BotApiException e) {
        if (e.kind() == BotApiException.Kind.REJECTED) {
          LOG.warn("update {}: Telegram rejected a reply, not retrying: {}", id, e.getMessage());
          completeQuietly(id);
          return;
        }
        recordFailure(id, attempt, e);
      } catch (InterruptedException e) {
        failQuietly(id, "interrupted by shutdown");
        Thread.currentThread().interrupt();
        return;
      } catch (Throwable t) {
        recordFailure(id, attempt, t);
      }
      if (attempt < attempts && !pause(attempt)) {
        return;
      }
    }
    LOG.error("update {} failed {} times; it stays marked as failed in the ledger", id, attempts);
    apologize(incoming);
  }

  private void recordFailure(long id, int attempt, Throwable failure) {
    String reason = failure instanceof BotApiException api
        ? "Bot API " + api.kind() + " " + api.errorCode()
        : failure.getClass().getSimpleName();
    LOG.warn("update {} failed on attempt {} of {}: {}", id, attempt, attempts, reason, failure);
    failQuietly(id, reason);
  }

  private boolean pause(int attempt) {
    try {
      ticker.sleep(backOff.multipliedBy(attempt));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void apologize(Incoming incoming) {
    try {
      for (Outgoing reply : conversation.apology(incoming)) {
        sender.send(reply);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("update {}: apology not sent either: {}", incoming.updateId(), e.toString());
    }
  }

  private void completeQuietly(long id) {
    try {
      ledger.complete(id);
    } catch (RuntimeException e) {
      LOG.error("update {}: could not mark as completed", id, e);
    }
  }

  private void failQuietly(long id, String reason) {
    try {
      ledger.fail(id, reason);
    } catch (RuntimeException e) {
      LOG.error("update {}: could not mark as failed ({})", id, reason, e);
    }
  }
}
