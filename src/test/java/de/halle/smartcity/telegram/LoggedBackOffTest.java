package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoggedBackOffTest {
  private static final String WARN = "[main] WARN de.halle.smartcity.telegram.LoggedBackOff - ";

  private final PollWatch watch = new PollWatch();
  private final FakeTicker ticker = new FakeTicker();
  private final LoggedBackOff backOff = new LoggedBackOff(watch, ticker);

  @Test
  void eachFailedPollIsOneWarnLineWithWhatFailedAndTheNextTryAndNoStackTrace() {
    try (CapturedLog log = CapturedLog.start()) {
      String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
      watch.unreadable(page, PollWatchTest.telegramError(page));
      long first = backOff.nextBackOffMillis();
      long second = backOff.nextBackOffMillis();

      assertThat(first).isEqualTo(500);
      assertThat(second).isEqualTo(1000);
      assertThat(log.lines()).containsExactly(
          WARN + "Telegram poll failed: an HTML page instead of Telegram's JSON (a proxy or gateway answered?): "
              + "\"502 Bad Gateway\";"
              + " next try in 0.5 s [failure 1 in a row]",
          WARN + "Telegram poll failed: no readable answer; next try in 1 s [failure 2 in a row]");
    }
  }

  @Test
  void aRetryAfterFromTelegramIsWaitedForUpToAMinute() {
    try (CapturedLog log = CapturedLog.start()) {
      tooManyRequests(5);
      assertThat(backOff.nextBackOffMillis()).isEqualTo(5000);
      tooManyRequests(3600);
      assertThat(backOff.nextBackOffMillis()).isEqualTo(LoggedBackOff.MAX_RETRY_AFTER.toMillis());

      assertThat(log.linesWith("Telegram poll failed")).satisfiesExactly(
          line -> assertThat(line).endsWith("Telegram error 429: Too Many Requests: retry after 5; next try in 5 s "
              + "(Telegram asked to retry after 5 s) [failure 1 in a row]"),
          line -> assertThat(line).contains("next try in 60 s (Telegram asked to retry after 3600 s)"));
    }
  }

  @Test
  void theFirstGoodPollAfterFailuresIsOneInfoLineAndStartsTheBackOffAgain() {
    try (CapturedLog log = CapturedLog.start()) {
      backOff.reset();
      backOff.nextBackOffMillis();
      ticker.advance(Duration.ofSeconds(41));
      backOff.nextBackOffMillis();
      backOff.reset();
      backOff.reset();

      assertThat(log.linesWith("works again"))
          .containsExactly("[main] INFO de.halle.smartcity.telegram.LoggedBackOff - Telegram poll works again after 2 failed polls (41 s)");
      assertThat(backOff.nextBackOffMillis()).isEqualTo(500);
    }
  }

  /** Tells the watch that a poll was answered with Telegram's 429 asking to wait {@code seconds}. */
  private void tooManyRequests(int seconds) {
    String answer = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
        + seconds + "\",\"parameters\":{\"retry_after\":" + seconds + "}}";
    watch.unreadable(answer, PollWatchTest.telegramError(answer));
  }
}
