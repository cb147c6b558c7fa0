package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCommandTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @TempDir Path dataDir;

  private int exitCode = -1;

  private CapturedTerminal health(Instant now, String... args) {
    CapturedTerminal terminal = new CapturedTerminal("");
    HealthCommand command = new HealthCommand(dataDir.resolve("heartbeat"), Clock.fixed(now, ZoneOffset.UTC));
    exitCode = new CommandLine(List.of(command), "health").run(List.of(args), terminal.terminal());
    return terminal;
  }

  private Heartbeat heartbeat(Instant at, Optional<String> status) {
    return new Heartbeat(dataDir.resolve("heartbeat"), () -> status, Clock.fixed(at, ZoneOffset.UTC));
  }

  @Test
  void aFreshHeartbeatIsHealthy() {
    heartbeat(NOW.minusSeconds(20), Optional.of("serving 12 releases")).beat();

    CapturedTerminal terminal = health(NOW, "health");

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).isEqualTo("ok: heartbeat 20 s ago: serving 12 releases\n");
  }

  @Test
  void aStaleHeartbeatIsUnhealthy() {
    heartbeat(NOW.minusSeconds(91), Optional.of("serving")).beat();

    CapturedTerminal terminal = health(NOW, "health");

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out()).startsWith("unhealthy: last heartbeat 91 s ago (allowed 90 s)");
  }

  @Test
  void theAllowedAgeCanBeSet() {
    heartbeat(NOW.minusSeconds(91), Optional.of("serving")).beat();

    health(NOW, "health", "--max-age", "120");

    assertThat(exitCode).isZero();
  }

  @Test
  void aMissingHeartbeatIsUnhealthy() {
    CapturedTerminal terminal = health(NOW, "health");

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out()).contains("no heartbeat file", "is 'serve' running?");
  }

  @Test
  void anUnreadableHeartbeatIsUnhealthy() throws Exception {
    Files.writeString(dataDir.resolve("heartbeat"), "gestern\n");

    CapturedTerminal terminal = health(NOW, "health");

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out()).contains("unreadable");
  }

  @Test
  void aBotThatReportsNoStatusLetsItsHeartbeatGoStale() {
    heartbeat(NOW.minusSeconds(200), Optional.of("serving")).beat();
    heartbeat(NOW, Optional.empty()).beat();

    health(NOW, "health");

    assertThat(exitCode).isEqualTo(1);
  }

  @Test
  void aStartedHeartbeatWritesAtOnceAndClosingRemovesTheFile() {
    Path file = dataDir.resolve("sub/heartbeat");
    try (Heartbeat heartbeat = new Heartbeat(file, () -> Optional.of("ok"), Clock.fixed(NOW, ZoneOffset.UTC))) {
      heartbeat.start(Duration.ofMinutes(1));
      assertThat(file).content().isEqualTo(NOW + " ok\n");
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void aMaxAgeThatIsNoNumberIsAUsageError() {
    CapturedTerminal terminal = health(NOW, "health", "--max-age", "soon");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err()).contains("--max-age needs a whole number >= 1 but got 'soon'");
  }
}
