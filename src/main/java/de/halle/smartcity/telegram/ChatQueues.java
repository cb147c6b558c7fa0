package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time per chat, in the order they were submitted, with many chats in parallel on a shared pool.
 * A bounded number of tasks may wait; beyond that {@link #submit} blocks, which holds back the poller. Thread-safe.
 */
final class ChatQueues {
  private static final Logger LOG = LoggerFactory.getLogger(ChatQueues.class);

  private final ExecutorService pool;
  private final Semaphore capacity;
  private final Map<Long, Deque<Runnable>> waiting = new HashMap<>();
  private boolean accepting = true;

  ChatQueues(ExecutorService pool, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1 but was " + capacity);
    }
    this.pool = pool;
    this.capacity = new Semaphore(capacity);
  }

  /**
   * Queues the task behind the chat's earlier tasks.
   *
   * @throws InterruptedException when interrupted while waiting for capacity
   * @throws RejectedExecutionException after {@link #shutdown}
   */
  void submit(long chatKey, Runnable task) throws InterruptedException {
    capacity.acquire();
    boolean startDrain;
    synchronized (this) {
      if (!accepting) {
        capacity.release();
        throw new RejectedExecutionException("chat queues are shut down");
      }
      Deque<Runnable> queue = waiting.get(chatKey);
      startDrain = queue == null;
      if (startDrain) {
        waiting.put(chatKey, new ArrayDeque<>());
      } else {
        queue.addLast(task);
      }
    }
    if (startDrain) {
      try {
        pool.execute(() -> drain(chatKey, task));
      } catch (RejectedExecutionException e) {
        synchronized (this) {
          waiting.remove(chatKey);
        }
        capacity.release();
        throw e;
      }
    }
  }

  /**
   * Runs the task, then hands the chat's next task back to the pool, behind the other chats already waiting, so a
   * busy chat cannot keep a worker to itself; runs it here only when the pool no longer takes tasks (shutdown).
   */
  private void drain(long chatKey, Runnable first) {
    Runnable next = first;
    while (next != null) {
      try {
        next.run();
      } catch (Throwable t) {
        LOG.error("task for chat queue {} failed", chatKey, t);
      } finally {
        capacity.release();
      }
      next = nextTask(chatKey);
      if (next != null && handOver(chatKey, next)) {
        return;
      }
    }
  }

  private synchronized Runnable nextTask(long chatKey) {
    Deque<Runnable> queue = waiting.get(chatKey);
    Runnable next = Thread.currentThread().isInterrupted() || queue == null ? null : queue.pollFirst();
    if (next == null && queue != null) {
      capacity.release(queue.size());
      waiting.remove(chatKey);
    }
    return next;
  }

  private boolean handOver(long chatKey, Runnable next) {
    try {
      pool.execute(() -> drain(chatKey, next));
      return true;
    } catch (RejectedExecutionException shuttingDown) {
      return false;
    }
  }

  /** Number of chats with queued or running tasks. */
  synchronized int activeChats() {
    return waiting.size();
  }

  /**
   * Stops accepting tasks, lets queued and running ones finish for up to {@code drain}, then interrupts the rest and
   * gives them up to {@code grace} to record that they were abandoned.
   *
   * @return true when everything finished within {@code drain}
   */
  boolean shutdown(Duration drain, Duration grace) throws InterruptedException {
    synchronized (this) {
      accepting = false;
    }
    pool.shutdown();
    if (pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
      return true;
    }
    pool.shutdownNow();
    if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      LOG.warn("workers still running {} after being interrupted", grace);
    }
    return false;
  }
}
