package de.halle.smartcity.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * {@code health}: exit 0 when the serving bot's heartbeat file is fresh, 1 when it is missing or stale; used by the
 * Docker {@code HEALTHCHECK}.
 */
public final class HealthCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "health",
          "[--max-age SECONDS]",
          "exit 0 when the running bot's heartbeat (DATA_DIR/heartbeat) is fresh, else 1 (Docker HEALTHCHECK)",
          Set.of(),
          Set.of("--max-age"),
          0);
  static final int DEFAULT_MAX_AGE_SECONDS = 90;

  private final Path heartbeatFile;
  private final Clock clock;

  public HealthCommand(Path heartbeatFile, Clock clock) {
    this.heartbeatFile = heartbeatFile;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws IOException {
    Duration maxAge = Duration.ofSeconds(arguments.number("--max-age", 1, DEFAULT_MAX_AGE_SECONDS));
    String content;
    try {
      content = Files.readString(heartbeatFile, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      terminal.out().println("unhealthy: no heartbeat file " + heartbeatFile + " (is 'serve' running?)");
      return 1;
    }
    String[] parts = content.split(" ", 2);
    Instant beat;
    try {
      beat = Instant.parse(parts[0]);
    } catch (DateTimeParseException e) {
      terminal.out().println("unhealthy: heartbeat file " + heartbeatFile + " is unreadable: '" + content + "'");
      return 1;
    }
    long age = Duration.between(beat, clock.instant()).toSeconds();
    String status = parts.length > 1 ? parts[1] : "";
    if (age > maxAge.toSeconds()) {
      terminal.out().printf("unhealthy: last heartbeat %d s ago (allowed %d s): %s%n", age, maxAge.toSeconds(), status);
      return 1;
    }
    terminal.out().printf("ok: heartbeat %d s ago: %s%n", Math.max(0, age), status);
    return 0;
  }
}
