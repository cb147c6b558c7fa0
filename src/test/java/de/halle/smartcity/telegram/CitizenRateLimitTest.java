package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.CitizenRateLimit.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CitizenRateLimitTest {
  private final FakeTicker ticker = new FakeTicker();
  private final CitizenRateLimit limit = new CitizenRateLimit(3, Duration.ofMinutes(1), 100, ticker);

  @Test
  void questionsBeyondTheLimitGetOneNoticeThenSilence() {
    assertThat(limit.check(1)).isEqualTo(Verdict.ANSWER);
    assertThat(limit.check(1)).isEqualTo(Verdict.ANSWER);
    assertThat(limit.check(1)).isEqualTo(Verdict.ANSWER);
    assertThat(limit.check(1)).isEqualTo(Verdict.ASK_TO_WAIT);
    assertThat(limit.check(1)).isEqualTo(Verdict.IGNORE);
  }

  @Test
  void theWindowSlides() {
    limit.check(1);
    ticker.advance(Duration.ofSeconds(30));
    limit.check(1);
    limit.check(1);
    assertThat(limit.check(1)).isEqualTo(Verdict.ASK_TO_WAIT);
    ticker.advance(Duration.ofSeconds(31));
    assertThat(limit.check(1)).isEqualTo(Verdict.ANSWER);
    assertThat(limit.check(1)).isEqualTo(Verdict.ASK_TO_WAIT);
  }

  @Test
  void chatsAreLimitedSeparately() {
    for (int i = 0; i < 3; i++) {
      limit.check(1);
    }
    assertThat(limit.check(2)).isEqualTo(Verdict.ANSWER);
  }
}
