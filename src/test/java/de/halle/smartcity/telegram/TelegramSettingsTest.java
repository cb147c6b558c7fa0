package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
    assertThat(settings.withShutdownBudget(Duration.ofSeconds(2)).shutdownBudget()).isEqualTo(Duration.ofSeconds(2));
    assertThatThrownBy(() -> settings.withShutdownBudget(Duration.ofMillis(1500)))
        .hasMessage("shutdownBudget milliseconds must be in [2000, 60000] but was 1500");
  }

  @Test
  void typingIsShownOnlyForAnswersTakingLongerThanOneSecondByDefault() {
    assertThat(TelegramSettings.defaults("1:T").typingGrace()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void pollTimeoutsBeyondTelegramsMaximumAreRefused() {
    TelegramSettings settings = TelegramSettings.defaults("1:T");
    assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(90), Duration.ofSeconds(5)))
        .hasMessageContaining("pollTimeout").hasMessageContaining("90");
  }

  @Test
  void missingDurationsAreRefusedByName() {
    TelegramSettings settings = TelegramSettings.defaults("1:T");
    assertThatThrownBy(() -> settings.withShutdownBudget(null)).hasMessage("shutdownBudget");
    assertThatThrownBy(() -> settings.withTimeouts(null, Duration.ofSeconds(5))).hasMessage("pollTimeout");
    assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(5), null)).hasMessage("callTimeout");
  }
}
