package de.halle.smartcity;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.config.Settings;
import de.halle.smartcity.telegram.TelegramSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelegramServerTest {
  private static final String TOKEN = "123456789:AAH-fake_token_for_tests_0123456789";

  private static TelegramSettings telegramSettings(Map<String, String> environment) {
    return new TelegramServer(Settings.fromEnvironment(environment), Clock.systemUTC(), ZoneOffset.UTC)
        .telegramSettings();
  }

  @Test
  void theTelegramVariablesReachTheBotsSettings() {
    TelegramSettings settings = telegramSettings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", "http://127.0.0.1:8081", "BOT_ADMIN_IDS", "11,22", "BOT_RETENTION_DAYS", "30",
        "TELEGRAM_TYPING_GRACE_MS", "250"));

    assertThat(settings.token()).isEqualTo(TOKEN);
    assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:8081");
    assertThat(settings.adminIds()).isEqualTo(Set.of(11L, 22L));
    assertThat(settings.retentionDays()).isEqualTo(30);
    assertThat(settings.typingGrace()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void withoutTheVariableTheBotKeepsItsDefaultTypingGrace() {
    assertThat(telegramSettings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).typingGrace())
        .isEqualTo(TelegramSettings.DEFAULT_TYPING_GRACE);
  }
}
