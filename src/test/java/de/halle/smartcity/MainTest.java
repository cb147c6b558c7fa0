package de.halle.smartcity;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path dataDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, String... args) {
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, err);
    return Main.run(List.of(args), environment, terminal);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void badEnvironmentVariablesAreListedWithTheirFixAndExitWithTwo() {
    int code = run(Map.of("BOT_RETENTION_DAYS", "viele", "DATABASE_URL", "h2"), "help");

    assertThat(code).isEqualTo(2);
    assertThat(err())
        .startsWith("halle-bot: configuration error, please fix these environment variables:\n")
        .contains("  BOT_RETENTION_DAYS must be a whole number", "  DATABASE_URL must be a JDBC URL");
  }

  @Test
  void helpListsAllCommandsOfTheApplication() {
    int code = run(Map.of(), "help");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("  chat ", "  ask ", "  check ", "  eval ", "  bench ", "  serve ", "  report ", "  health ");
  }

  @Test
  void anUnknownCommandExitsWithTwoAndNoStackTrace() {
    int code = run(Map.of(), "fragen");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("unknown command 'fragen'").doesNotContain("Exception", "\tat ");
  }

  @Test
  void serveWithoutATokenSaysWhatToSet() {
    int code = run(Map.of(), "serve");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("TELEGRAM_BOT_TOKEN is not set");
  }

  @Test
  void healthUsesTheHeartbeatInTheDataFolder() {
    int code = run(Map.of("DATA_DIR", dataDir.toString()), "health");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(dataDir.resolve("heartbeat").toString());
  }
}
