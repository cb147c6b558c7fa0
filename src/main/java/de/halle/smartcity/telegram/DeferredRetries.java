package de.halle.smartcity.telegram;

import de.halle.smartcity.store.PendingRetry;
import de.halle.smartcity.store.RetryQueue;
import de.halle.smartcity.telegram.ExactlyOnceHandler.Failure;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure no citizen's message is lost when handling it fails. After the quick retries of
 * {@link ExactlyOnceHandler} the citizen gets a polite "please ask again" and the update is given up. When even that
 * cannot be delivered (Telegram unreachable), the message is kept, encrypted, in the {@link RetryQueue} and tried
 * again with growing delays ({@link RetryPolicy}), also after a restart, until it is answered or the rounds run out;
 * then it is given up with an ERROR log line and a notice to the admins. A message interrupted by shutdown is kept
 * for a retry right after the restart. The ledger keeps every try exactly-once; the {@link WriteAheadInbox} keeps the
 * message until it is settled here. Thread-safe.
 */
final class DeferredRetries implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeferredRetries.class);
  private static final int BATCH = 50;

  private final ExactlyOnceHandler handler;
  private final RetryQueue queue;
  private final ChatQueues chats;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Consumer<String> adminAlert;
  private final RetryPayload payloads = new RetryPayload();
  private final WriteAheadInbox inbox;
  private final Set<Long> queued = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(new DaemonThreadFactory("telegram-retry"));

  DeferredRetries(ExactlyOnceHandler handler, RetryQueue queue, WriteAheadInbox inbox, ChatQueues chats,
      RetryPolicy policy, Clock clock, Consumer<String> adminAlert) {
    this.handler = handler;
    this.inbox = inbox;
    this.queue = queue;
    this.chats = chats;
    this.policy = policy;
    this.clock = clock;
    this.adminAlert = adminAlert;
  }

  /**
   * Handles a newly delivered update (or one a killed run left in the inbox) on its chat's queue, and drops it from
   * the inbox once it is settled: answered, given up, or kept in the retry queue. One never started before shutdown
   * stays in the inbox and is answered right after the restart.
   */
  void handle(Incoming incoming) {
    Optional<Failure> failure = handler.handle(incoming);
    if (failure.isEmpty() || afterFailure(incoming, 0, failure.get())) {
      inbox.settled(incoming);
    }
  }

  /** Starts looking for due retries every {@link RetryPolicy#checkEvery()}. */
  void start() {
    long every = policy.checkEvery().toMillis();
    scheduler.scheduleWithFixedDelay(this::queueDue, every, every, TimeUnit.MILLISECONDS);
  }

  /** Stops looking for due retries; call before the chat queues shut down. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      if (!scheduler.awaitTermination(2, TimeUnit.SECONDS)) {
        LOG.warn("shutdown: retry scheduler did not stop within 2 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void queueDue() {
    try {
      for (PendingRetry pending : queue.due(clock.instant(), BATCH)) {
        if (queued.add(pending.updateId())) {
          submit(pending);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("deferred retries: cannot read the due ones, trying again later: {}", e.toString());
    }
  }

  private void submit(PendingRetry pending) {
    long id = pending.updateId();
    try {
      RetryPayload.Pending retry = payloads.read(pending.payload());
      chats.submit(retry.incoming().chatKey(), () -> {
        try {
          retry(retry, pending.round());
        } finally {
          queued.remove(id);
        }
      });
    } catch (IllegalArgumentException e) {
      LOG.warn("update {}: unreadable retry payload dropped: {}", id, e.getMessage());
      queue.remove(id);
      queued.remove(id);
    } catch (InterruptedException e) {
      queued.remove(id);
      Thread.currentThread().interrupt();
    } catch (RejectedExecutionException shuttingDown) {
      queued.remove(id);
    }
  }

  private void retry(RetryPayload.Pending retry, int round) {
    Incoming incoming = retry.incoming();
    Optional<Failure> failure = handler.retryOnce(incoming, retry.unsent());
    if (failure.isEmpty()) {
      LOG.info("update {} finished on deferred try {}", incoming.updateId(), round);
      removeQuietly(incoming.updateId());
    } else {
      afterFailure(incoming, round, failure.get());
    }
  }

  /**
   * Decides after a failed try; runs its database work with the interrupt flag cleared (H2 files dislike it).
   *
   * @return false when the message could not be kept for a later try after a shutdown interrupted it
   */
  private boolean afterFailure(Incoming incoming, int round, Failure failure) {
    boolean interrupted = Thread.interrupted();
    try {
      if (failure.interrupted()) {
        return keep(incoming, failure, Math.max(round, 1), clock.instant());
      } else if (round == 0 && handler.apologize(incoming)) {
        handler.giveUp(incoming.updateId(), failure.reason());
        LOG.warn("update {} could not be answered ({}); the citizen was asked to try again", incoming.updateId(),
            failure.reason());
      } else if (round >= policy.rounds()
          || !keep(incoming, failure, round + 1, clock.instant().plus(policy.delayBefore(round + 1)))) {
        giveUpForGood(incoming, round, failure);
      }
      return true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean keep(Incoming incoming, Failure failure, int round, Instant due) {
    Optional<String> payload = payloads.write(incoming, failure.unsent());
    if (payload.isEmpty()) {
      return false;
    }
    try {
      queue.schedule(incoming.updateId(), incoming.chatKey(), payload.get(), round, due);
      LOG.warn("update {} not answered yet; deferred try {} of {} at {}", incoming.updateId(), round,
          policy.rounds(), due);
      return true;
    } catch (RuntimeException e) {
      LOG.error("update {}: cannot keep it for a later try", incoming.updateId(), e);
      return false;
    }
  }

  private void giveUpForGood(Incoming incoming, int round, Failure failure) {
    long id = incoming.updateId();
    boolean told = round > 0 && handler.apologize(incoming);
    handler.giveUp(id, failure.reason());
    removeQuietly(id);
    if (incoming instanceof ButtonPress) {
      LOG.warn("button press {} could not be answered ({}); given up", id, failure.reason());
      return;
    }
    String notice = "Nachricht (Update " + id + ") nach " + round + " späteren Versuchen aufgegeben ("
        + failure.reason() + "); " + (told ? "die Bitte, erneut zu fragen, wurde zugestellt." : "auch die Bitte, "
        + "erneut zu fragen, kam nicht an.");
    LOG.error("{}", notice);
    adminAlert.accept(notice);
  }

  private void removeQuietly(long updateId) {
    try {
      queue.remove(updateId);
    } catch (RuntimeException e) {
      LOG.warn("update {}: retry row not removed ({}); a later try will find it handled", updateId, e.toString());
    }
  }
}
