package de.halle.smartcity;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.config.Settings;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppTest {

  @Test
  void withoutATokenTheDefaultIsTheConsoleChat() {
    App app = new App(Settings.fromEnvironment(Map.of()), Clock.systemUTC());

    assertThat(app.commandLine().defaultCommand()).isEqualTo("chat");
  }

  @Test
  void withATokenTheDefaultIsTheTelegramBot() {
    App app = new App(Settings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123456:abc_DEF-ghi")), Clock.systemUTC());

    assertThat(app.commandLine().defaultCommand()).isEqualTo("serve");
  }
}
