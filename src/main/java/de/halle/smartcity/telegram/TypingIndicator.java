package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Shows "typing…" in a chat only while an answer takes longer than a grace period, and again every few seconds
 * while it still runs (Telegram shows the action for at most 5 s); never after the answer is ready. Most answers are
 * ready long before a citizen could see the action, so they cost no chat action call. Thread-safe.
 */
final class TypingIndicator implements AutoCloseable {
  /** How often the action is repeated while an answer runs; Telegram clears it after 5 s. */
  static final Duration REPEAT = Duration.ofSeconds(4);
  /**
   * How long a ready answer waits for a chat action still on its way; a Telegram slower than that to take it should
   * not hold the answer back (the action may then arrive after it and show for up to 5 s).
   */
  static final Duration HOLD = Duration.ofSeconds(2);

  /** How long the scheduler's thread outlives the last pending indicator. */
  private static final Duration IDLE_THREAD_KEEP_ALIVE = Duration.ofSeconds(30);

  private final ReplySender sender;
  private final Duration grace;
  private final Duration repeat;
  private final Duration hold;
  private final ScheduledThreadPoolExecutor scheduler =
      new ScheduledThreadPoolExecutor(1, new DaemonThreadFactory("telegram-typing"));

  TypingIndicator(ReplySender sender, Duration grace) {
    this(sender, grace, REPEAT, HOLD);
  }

  TypingIndicator(ReplySender sender, Duration grace, Duration repeat, Duration hold) {
    this.sender = sender;
    this.grace = grace;
    this.repeat = repeat;
    this.hold = hold;
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setKeepAliveTime(IDLE_THREAD_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
    scheduler.allowCoreThreadTimeOut(true);
  }

  /** Starts the grace period for an answer in this chat; stop the result as soon as the answer is ready. */
  Typing start(ChatRef chat) {
    Typing typing = new Typing();
    try {
      typing.future = scheduler.scheduleWithFixedDelay(() -> typing.show(chat), grace.toNanos(), repeat.toNanos(),
          TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      typing.stopped = true;
    }
    return typing;
  }

  /** Stops every pending indicator and interrupts a chat action call in flight. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** The indicator of one answer. */
  final class Typing {
    private final ReentrantLock sending = new ReentrantLock();
    private volatile boolean stopped;
    private volatile ScheduledFuture<?> future;

    private Typing() {}

    private void show(ChatRef chat) {
      sending.lock();
      try {
        if (!stopped) {
          sender.typing(chat);
        }
      } finally {
        sending.unlock();
      }
    }

    /**
     * Stops the indicator; returns once no chat action for this answer can reach Telegram any more, or after
     * {@link #HOLD} while one is still on its way, or at once when the thread is interrupted (shutdown).
     */
    void stop() {
      stopped = true;
      if (future != null) {
        future.cancel(false);
      }
      try {
        if (sending.tryLock(hold.toNanos(), TimeUnit.NANOSECONDS)) {
          sending.unlock();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
