package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramSettingsTest {

  @ParameterizedTest
  @CsvSource({
      "https://api.telegram.org, https, api.telegram.org, 443",
      "http://127.0.0.1:8081/, http, 127.0.0.1, 8081",
      "HTTP://bot-api.intern, http, bot-api.intern, 80",
      "https://bot-api.intern:8443, https, bot-api.intern, 8443"})
  void apiUrlsBecomeTelegramUrls(String url, String schema, String host, int port) {
    assertThat(TelegramSettings.telegramUrl(url)).isEqualTo(new TelegramUrl(schema, host, port, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"api.telegram.org", "ftp://x.org", "https://x.org/prefix", "https://x.org?a=1", "::"})
  void badApiUrlsAreRefusedWithTheValue(String url) {
    assertThatThrownBy(() -> TelegramSettings.telegramUrl(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TELEGRAM_API_URL").hasMessageContaining(url);
  }

  @Test
  void aMalformedTokenIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> TelegramSettings.defaults("secret token"))
        .hasMessageContaining("TELEGRAM_BOT_TOKEN").hasMessageNotContaining("secret");
  }

  @Test
  void theShutdownBudgetDefaultsToSevenSecondsAndLeavesRoomToAbandonAnswers() {
    TelegramSettings settings = TelegramSettings.defaults("1:T");
    assertThat(settings.shutdownBudget()).isEqualTo(TelegramBot.SHUTDOWN_BUDGET).isEqualTo(Duration.ofSeconds(7));
    assertThat(settings.toBuilder().shutdownBudget(Duration.ofSeconds(2)).build().shutdownBudget())
        .isEqualTo(Duration.ofSeconds(2));
    assertThatThrownBy(() -> settings.toBuilder().shutdownBudget(Duration.ofMillis(1500)).build())
        .hasMessage("shutdownBudget milliseconds must be in [2000, 60000] but was 1500");
  }

  @Test
  void aCopyThroughTheBuilderKeepsEverySettingAndChangesOnlyWhatIsSet() {
    TelegramSettings custom = TelegramSettings.builder("2:X").apiUrl("http://127.0.0.1:8081").adminIds(Set.of(5L))
        .retentionDays(30).pollTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(4))
        .limits(OutboundLimits.disabled()).workers(2).questionsPerMinute(7)
        .retries(new RetryPolicy(Duration.ZERO, Duration.ofSeconds(9), 1, Duration.ofSeconds(1)))
        .shutdownBudget(Duration.ofSeconds(3)).typingGrace(Duration.ofMillis(250)).build();

    assertThat(custom.toBuilder().build()).isEqualTo(custom).isNotEqualTo(TelegramSettings.defaults("2:X"));
    assertThat(custom.toBuilder().workers(3).build())
        .isEqualTo(new TelegramSettings("2:X", "http://127.0.0.1:8081", Set.of(5L), 30, Duration.ofSeconds(3),
            Duration.ofSeconds(4), OutboundLimits.disabled(), 3, 7, custom.retries(), Duration.ofSeconds(3),
            Duration.ofMillis(250)));
  }

  @Test
  void typingIsShownOnlyForAnswersTakingLongerThanOneSecondByDefault() {
    assertThat(TelegramSettings.defaults("1:T").typingGrace()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void pollTimeoutsBeyondTelegramsMaximumAreRefused() {
    TelegramSettings settings = TelegramSettings.defaults("1:T");
    assertThatThrownBy(() -> settings.toBuilder().pollTimeout(Duration.ofSeconds(90)).build())
        .hasMessageContaining("pollTimeout").hasMessageContaining("90");
  }

  @Test
  void missingDurationsAreRefusedByName() {
    TelegramSettings settings = TelegramSettings.defaults("1:T");
    assertThatThrownBy(() -> settings.toBuilder().shutdownBudget(null).build()).hasMessage("shutdownBudget");
    assertThatThrownBy(() -> settings.toBuilder().pollTimeout(null).build()).hasMessage("pollTimeout");
    assertThatThrownBy(() -> settings.toBuilder().callTimeout(null).build()).hasMessage("callTimeout");
  }
}
