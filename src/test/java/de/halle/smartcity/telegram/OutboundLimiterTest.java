package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundLimiterTest {
  private final FakeTicker ticker = new FakeTicker();

  private List<Duration> sendAll(OutboundLimiter limiter, long chat, boolean group, int messages) {
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      Duration wait = limiter.reserve(chat, group);
      waits.add(wait);
      ticker.sleep(wait);
    }
    return waits;
  }

  @Test
  void aPrivateChatGetsAShortBurstThenOneMessagePerSecond() {
    OutboundLimiter limiter = new OutboundLimiter(OutboundLimits.telegramDefaults(), ticker);
    long start = ticker.nanoTime();
    List<Long> sentAtMillis = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ticker.sleep(limiter.reserve(7, false));
      sentAtMillis.add((ticker.nanoTime() - start) / 1_000_000);
    }
    assertThat(sentAtMillis.subList(0, 3)).allSatisfy(t -> assertThat(t).isLessThan(100L));
    assertThat(sentAtMillis.subList(3, 6)).containsExactly(1000L, 2000L, 3000L);
  }

  @Test
  void aGroupGetsAtMostTwentyMessagesPerMinute() {
    OutboundLimiter limiter = new OutboundLimiter(OutboundLimits.telegramDefaults(), ticker);
    long start = ticker.nanoTime();
    sendAll(limiter, -100, true, 23);
    Duration elapsed = Duration.ofNanos(ticker.nanoTime() - start);
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void manyChatsTogetherStayNearThirtyMessagesPerSecond() {
    OutboundLimiter limiter = new OutboundLimiter(OutboundLimits.telegramDefaults(), ticker);
    long start = ticker.nanoTime();
    for (int i = 0; i < 90; i++) {
      ticker.sleep(limiter.reserve(i, false));
    }
    double seconds = (ticker.nanoTime() - start) / 1e9;
    assertThat(90 / seconds).isBetween(28.0, 31.0);
  }

  @Test
  void chatsDoNotWaitForEachOtherBelowTheGlobalLimit() {
    OutboundLimiter limiter = new OutboundLimiter(OutboundLimits.telegramDefaults(), ticker);
    sendAll(limiter, 1, false, 3);
    assertThat(limiter.reserve(2, false)).isLessThan(Duration.ofMillis(100));
  }

  @Test
  void aDisabledLimiterNeverWaits() {
    OutboundLimiter limiter = new OutboundLimiter(OutboundLimits.disabled(), ticker);
    assertThat(sendAll(limiter, 1, true, 100)).allMatch(Duration::isZero);
  }
}
