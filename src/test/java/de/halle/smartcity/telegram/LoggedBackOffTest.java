package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class LoggedBackOffTest {
  private static final String WARN = "[main] WARN de.halle.smartcity.telegram.LoggedBackOff - ";

  private final PollWatch watch = new PollWatch();
  private final FakeTicker ticker = new FakeTicker();
  private final LoggedBackOff backOff = new LoggedBackOff(watch, ticker);

  @Test
  void eachFailedPollIsOneWarnLineWithWhatFailedAndTheNextTryAndNoStackTrace() {
    try (CapturedLog log = CapturedLog.start()) {
      watch.unreadable(new IllegalStateException("boom", new IOException("deep cause")));
      long first = backOff.nextBackOffMillis();
      long second = backOff.nextBackOffMillis();

      assertThat(first).isEqualTo(500);
      assertThat(second).isEqualTo(1000);
      assertThat(log.lines()).containsExactly(
          WARN + "Telegram poll failed: answer not readable as updates (IllegalStateException: boom);"
              + " next try in 0.5 s [failure 1 in a row]",
          WARN + "Telegram poll failed: no readable answer; next try in 1 s [failure 2 in a row]");
    }
  }

  @Test
  void aRetryAfterFromTelegramIsWaitedForUpToAMinute() {
    try (CapturedLog log = CapturedLog.start()) {
      watch.unreadable(tooManyRequests(5));
      assertThat(backOff.nextBackOffMillis()).isEqualTo(5000);
      watch.unreadable(tooManyRequests(3600));
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

  private static TelegramApiRequestException tooManyRequests(int seconds) {
    return PollWatchTest.telegramError("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
        + "retry after " + seconds + "\",\"parameters\":{\"retry_after\":" + seconds + "}}");
  }
}
