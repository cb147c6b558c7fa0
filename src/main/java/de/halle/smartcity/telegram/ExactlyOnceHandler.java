package de.halle.smartcity.telegram;

import de.halle.smartcity.store.UpdateLedger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each update at most once across restarts and re-deliveries: claims its {@code update_id} in the
 * {@link UpdateLedger}, works out the replies, sends them and completes it. A failure is recorded in the ledger and
 * retried in-process a bounded number of times, resuming after the last reply that got through; what happens after
 * that (apology, deferred retry) is decided by {@link DeferredRetries}. Rejections by Telegram (400, 403) are final:
 * retrying cannot help.
 */
final class ExactlyOnceHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceHandler.class);

  /**
   * Why handling an update did not finish.
   *
   * @param reason short, without personal data
   * @param interrupted true when the bot is shutting down
   * @param unsent the replies worked out but not yet sent, in order; empty when they were not worked out
   */
  record Failure(String reason, boolean interrupted, List<Outgoing> unsent) {
    Failure {
      unsent = List.copyOf(unsent);
    }
  }

  /** The replies worked out for one update and how many of them got through, kept across quick retries. */
  private static final class Progress {
    private List<Outgoing> replies;
    private int sent;

    private Progress(List<Outgoing> replies) {
      this.replies = replies.isEmpty() ? null : replies;
    }

    private List<Outgoing> unsent() {
      return replies == null ? List.of() : replies.subList(sent, replies.size());
    }
  }

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

  /**
   * Handles the update with up to {@code attempts} quick tries; never throws.
   *
   * @return empty when the update is finished (answered, already handled, or rejected by Telegram), else why not
   */
  Optional<Failure> handle(Incoming incoming) {
    Progress progress = new Progress(List.of());
    Optional<Failure> failure = Optional.empty();
    for (int attempt = 1; attempt <= attempts; attempt++) {
      failure = attempt(incoming, progress, attempt);
      if (failure.isEmpty() || failure.get().interrupted()) {
        return failure;
      }
      if (attempt < attempts && !pause(attempt)) {
        return Optional.of(new Failure("interrupted by shutdown", true, progress.unsent()));
      }
    }
    return failure;
  }

  /**
   * One more try, as a deferred retry; same result as {@link #handle}.
   *
   * @param unsent the replies still to send from an earlier try, so the question is neither asked nor logged again;
   *     empty to work them out now
   */
  Optional<Failure> retryOnce(Incoming incoming, List<Outgoing> unsent) {
    return attempt(incoming, new Progress(unsent), 1);
  }

  /** Sends the polite "that did not work, please ask again"; true when it got through or none is due. */
  boolean apologize(Incoming incoming) {
    try {
      for (Outgoing reply : conversation.apology(incoming)) {
        sender.send(reply);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BotApiException e) {
      LOG.warn("update {}: the apology failed to send too: {}", incoming.updateId(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("update {}: the apology failed to send too: {}", incoming.updateId(), e.toString());
    }
    return false;
  }

  /** Marks the update as given up for good in the ledger. */
  void giveUp(long updateId, String reason) {
    try {
      ledger.giveUp(updateId, reason);
    } catch (RuntimeException e) {
      LOG.error("update {}: could not mark as given up ({})", updateId, reason, e);
    }
  }

  private Optional<Failure> attempt(Incoming incoming, Progress progress, int attempt) {
    long id = incoming.updateId();
    try {
      if (!ledger.claim(id)) {
        return Optional.empty();
      }
      if (progress.replies == null) {
        progress.replies = conversation.reply(incoming);
      }
      for (; progress.sent < progress.replies.size(); progress.sent++) {
        sender.send(progress.replies.get(progress.sent));
      }
      ledger.complete(id);
      return Optional.empty();
    } catch (BotApiException e) {
      if (e.kind() == BotApiException.Kind.REJECTED) {
        LOG.warn("update {}: Telegram rejected a reply, not retrying: {}", id, e.getMessage());
        completeQuietly(id);
        return Optional.empty();
      }
      return Optional.of(recordFailure(id, attempt, e, progress));
    } catch (InterruptedException e) {
      failQuietly(id, "interrupted by shutdown");
      Thread.currentThread().interrupt();
      return Optional.of(new Failure("interrupted by shutdown", true, progress.unsent()));
    } catch (Throwable t) {
      return Optional.of(recordFailure(id, attempt, t, progress));
    }
  }

  private Failure recordFailure(long id, int attempt, Throwable failure, Progress progress) {
    String reason = failure instanceof BotApiException api
        ? "Bot API " + api.kind() + " " + api.errorCode()
        : failure.getClass().getSimpleName();
    if (failure instanceof BotApiException api) {
      // Telegram down or slow is expected weather, not a bug: one line, the stack trace only at DEBUG.
      LOG.warn("update {} failed on attempt {} of {}: {} ({})", id, attempt, attempts, reason, api.getMessage());
      LOG.debug("update {} attempt {} in detail", id, attempt, api);
    } else {
      LOG.warn("update {} failed on attempt {} of {}: {}", id, attempt, attempts, reason, failure);
    }
    failQuietly(id, reason);
    return new Failure(reason, false, progress.unsent());
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
