package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4, new DaemonThreadFactory("test-worker"));
  private final ChatQueues queues = new ChatQueues(pool, 1_000);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void tasksOfOneChatRunInOrderAndNeverOverlap() throws Exception {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    for (int i = 0; i < 200; i++) {
      int n = i;
      queues.submit(42, () -> {
        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        order.add(n);
        running.decrementAndGet();
      });
    }
    assertThat(queues.shutdown(Duration.ofSeconds(10), Duration.ofSeconds(1))).isTrue();
    assertThat(order).hasSize(200).isSorted();
    assertThat(maxRunning.get()).isEqualTo(1);
  }

  @Test
  void differentChatsRunInParallel() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    for (long chat : new long[] {1, 2}) {
      queues.submit(chat, () -> {
        bothStarted.countDown();
        await(release);
      });
    }
    assertThat(bothStarted.await(5, TimeUnit.SECONDS)).isTrue();
    release.countDown();
  }

  @Test
  void aBusyChatDoesNotKeepAWorkerWhileOtherChatsWait() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor(new DaemonThreadFactory("test-single"));
    ChatQueues oneWorker = new ChatQueues(single, 100);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch release = new CountDownLatch(1);
    oneWorker.submit(1, () -> {
      await(release);
      order.add("busy-1");
    });
    CountDownLatch allDone = new CountDownLatch(2);
    oneWorker.submit(1, () -> {
      order.add("busy-2");
      allDone.countDown();
    });
    oneWorker.submit(2, () -> {
      order.add("other");
      allDone.countDown();
    });
    release.countDown();
    assertThat(allDone.await(5, TimeUnit.SECONDS)).isTrue();
    oneWorker.shutdown(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(order).containsExactly("busy-1", "other", "busy-2");
  }

  @Test
  void queuedTasksStillRunDuringAGracefulShutdown() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> done = Collections.synchronizedList(new ArrayList<>());
    queues.submit(5, () -> {
      await(release);
      done.add(1);
    });
    queues.submit(5, () -> done.add(2));
    Thread releaser = new Thread(() -> {
      sleep(100);
      release.countDown();
    });
    releaser.start();
    assertThat(queues.shutdown(Duration.ofSeconds(5), Duration.ofSeconds(1))).isTrue();
    assertThat(done).containsExactly(1, 2);
  }

  @Test
  void aFailingTaskDoesNotStopTheChatsLaterTasks() throws Exception {
    CountDownLatch later = new CountDownLatch(1);
    queues.submit(7, () -> {
      throw new IllegalStateException("boom");
    });
    queues.submit(7, later::countDown);
    assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void afterShutdownNewTasksAreRejected() throws Exception {
    queues.shutdown(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThatThrownBy(() -> queues.submit(1, () -> { })).isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void shutdownInterruptsTasksThatOutliveTheDrainTime() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger interrupted = new AtomicInteger();
    queues.submit(3, () -> {
      started.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.incrementAndGet();
      }
    });
    started.await();
    assertThat(queues.shutdown(Duration.ofMillis(200), Duration.ofSeconds(1))).isFalse();
    assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    assertThat(interrupted.get()).isEqualTo(1);
  }

  @Test
  void submitBlocksWhenTheCapacityIsUsedUp() throws Exception {
    ChatQueues small = new ChatQueues(pool, 1);
    CountDownLatch release = new CountDownLatch(1);
    small.submit(1, () -> await(release));
    Thread submitter = new Thread(() -> {
      try {
        small.submit(2, () -> { });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    submitter.start();
    submitter.join(300);
    assertThat(submitter.isAlive()).isTrue();
    release.countDown();
    submitter.join(5_000);
    assertThat(submitter.isAlive()).isFalse();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
