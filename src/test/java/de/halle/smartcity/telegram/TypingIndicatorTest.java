package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TypingIndicatorTest {
  private static final ChatRef CHAT = new ChatRef(31, false);
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final RecordingReplySender sender = new RecordingReplySender();
  private final List<TypingIndicator> indicators = new ArrayList<>();

  private TypingIndicator indicator(ReplySender replies, Duration grace, Duration repeat) {
    return indicator(replies, grace, repeat, TypingIndicator.HOLD);
  }

  private TypingIndicator indicator(ReplySender replies, Duration grace, Duration repeat, Duration hold) {
    TypingIndicator indicator = new TypingIndicator(replies, grace, repeat, hold);
    indicators.add(indicator);
    return indicator;
  }

  @AfterEach
  void close() {
    indicators.forEach(TypingIndicator::close);
  }

  @Test
  void anAnswerReadyWithinTheGracePeriodSendsNoChatAction() throws Exception {
    TypingIndicator.Typing typing = indicator(sender, Duration.ofSeconds(30), TypingIndicator.REPEAT).start(CHAT);
    typing.stop();
    assertThat(sender.typing()).isEmpty();
  }

  @Test
  void aSlowAnswerShowsTypingAfterTheGracePeriodRepeatsItAndStopsWithTheAnswer() throws Exception {
    TypingIndicator.Typing typing = indicator(sender, Duration.ofMillis(20), Duration.ofMillis(20)).start(CHAT);
    awaitTyping(2);
    typing.stop();
    int shown = sender.typing().size();
    Thread.sleep(200);
    assertThat(sender.typing()).hasSize(shown).containsOnly(CHAT);
  }

  @Test
  void stoppingWaitsForAChatActionStillOnItsWaySoItNeverArrivesAfterTheAnswer() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> events = new ArrayList<>();
    ReplySender slowTelegram = new ReplySender() {
      @Override
      public void send(Outgoing reply) {
        throw new AssertionError("the indicator sends no messages");
      }

      @Override
      public void typing(ChatRef chat) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        synchronized (events) {
          events.add("typing arrived");
        }
      }
    };
    TypingIndicator.Typing typing = indicator(slowTelegram, Duration.ZERO, TypingIndicator.REPEAT).start(CHAT);
    assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    Thread answer = new Thread(() -> {
      typing.stop();
      synchronized (events) {
        events.add("answer sent");
      }
    });
    answer.start();
    answer.join(200);
    assertThat(answer.isAlive()).as("stop waits for the call in flight").isTrue();
    release.countDown();
    answer.join(WAIT.toMillis());
    assertThat(events).containsExactly("typing arrived", "answer sent");
  }

  @Test
  void aChatActionStuckLongerThanTheHoldNoLongerHoldsTheAnswerBack() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ReplySender stuckTelegram = new ReplySender() {
      @Override
      public void send(Outgoing reply) {
        throw new AssertionError("the indicator sends no messages");
      }

      @Override
      public void typing(ChatRef chat) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    TypingIndicator.Typing typing =
        indicator(stuckTelegram, Duration.ZERO, TypingIndicator.REPEAT, Duration.ofMillis(100)).start(CHAT);
    assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    Thread answer = new Thread(typing::stop);
    answer.start();
    answer.join(WAIT.toMillis());
    assertThat(answer.isAlive()).as("stop returned while the chat action is still stuck").isFalse();
    release.countDown();
  }

  @Test
  void closingInterruptsAStalledChatActionAndLaterAnswersShowNothing() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    ReplySender stalledTelegram = new ReplySender() {
      @Override
      public void send(Outgoing reply) {
        throw new AssertionError("the indicator sends no messages");
      }

      @Override
      public void typing(ChatRef chat) {
        calls.incrementAndGet();
        entered.countDown();
        try {
          Thread.sleep(WAIT.toMillis());
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
      }
    };
    TypingIndicator indicator = indicator(stalledTelegram, Duration.ZERO, TypingIndicator.REPEAT);
    TypingIndicator.Typing running = indicator.start(CHAT);
    assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

    indicator.close();

    assertThat(interrupted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    running.stop();
    TypingIndicator.Typing afterClose = indicator.start(CHAT);
    Thread.sleep(100);
    afterClose.stop();
    assertThat(calls).hasValue(1);
  }

  private void awaitTyping(int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sender.typing().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(sender.typing()).hasSizeGreaterThanOrEqualTo(count);
  }
}
