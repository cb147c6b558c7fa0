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
    StalledTelegram slowTelegram = new StalledTelegram();
    TypingIndicator.Typing typing = indicator(slowTelegram, Duration.ZERO, TypingIndicator.REPEAT).start(CHAT);
    assertThat(slowTelegram.entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    Thread answer = new Thread(() -> {
      typing.stop();
      slowTelegram.note("answer sent");
    });
    answer.start();
    answer.join(200);
    assertThat(answer.isAlive()).as("stop waits for the call in flight").isTrue();
    slowTelegram.release.countDown();
    answer.join(WAIT.toMillis());
    assertThat(slowTelegram.events()).containsExactly("typing arrived", "answer sent");
  }

  @Test
  void aChatActionStuckLongerThanTheHoldNoLongerHoldsTheAnswerBack() throws Exception {
    StalledTelegram stuckTelegram = new StalledTelegram();
    TypingIndicator.Typing typing =
        indicator(stuckTelegram, Duration.ZERO, TypingIndicator.REPEAT, Duration.ofMillis(100)).start(CHAT);
    assertThat(stuckTelegram.entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    Thread answer = new Thread(typing::stop);
    answer.start();
    answer.join(WAIT.toMillis());
    assertThat(answer.isAlive()).as("stop returned while the chat action is still stuck").isFalse();
    stuckTelegram.release.countDown();
  }

  @Test
  void closingInterruptsAStalledChatActionAndLaterAnswersShowNothing() throws Exception {
    StalledTelegram stalledTelegram = new StalledTelegram();
    TypingIndicator indicator = indicator(stalledTelegram, Duration.ZERO, TypingIndicator.REPEAT);
    TypingIndicator.Typing running = indicator.start(CHAT);
    assertThat(stalledTelegram.entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

    indicator.close();

    assertThat(stalledTelegram.interrupted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    running.stop();
    TypingIndicator.Typing afterClose = indicator.start(CHAT);
    Thread.sleep(100);
    afterClose.stop();
    assertThat(stalledTelegram.calls).hasValue(1);
  }

  /**
   * A Telegram whose chat action call holds until {@link #release} (at most {@link #WAIT}) and then notes that it
   * arrived, or ends at once when interrupted; it sends no messages.
   */
  private static final class StalledTelegram implements ReplySender {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    private final List<String> events = new ArrayList<>();

    @Override
    public void send(Outgoing reply) {
      throw new AssertionError("the indicator sends no messages");
    }

    @Override
    public void typing(ChatRef chat) {
      calls.incrementAndGet();
      entered.countDown();
      try {
        release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        note("typing arrived");
      } catch (InterruptedException e) {
        interrupted.countDown();
        Thread.currentThread().interrupt();
      }
    }

    synchronized void note(String event) {
      events.add(event);
    }

    synchronized List<String> events() {
      return List.copyOf(events);
    }
  }

  private void awaitTyping(int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sender.typing().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(sender.typing()).hasSizeGreaterThanOrEqualTo(count);
  }
}
