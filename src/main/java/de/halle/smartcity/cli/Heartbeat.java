package de.halle.smartcity.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the heartbeat file of a serving bot: the time and a one-line status, rewritten at a fixed interval while the
 * status supplier reports the bot healthy. {@code health} reads it; a stale or missing file means unhealthy.
 */
public final class Heartbeat implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

  private final Path file;
  private final Supplier<Optional<String>> status;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;

  /**
   * @param status a short status such as "serving 12 releases" while healthy; empty when the bot is stuck, so the
   *     file goes stale
   */
  public Heartbeat(Path file, Supplier<Optional<String>> status, Clock clock) {
    this.file = file;
    this.status = status;
    this.clock = clock;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "heartbeat");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Writes the file now and then every {@code interval} until closed. */
  public void start(Duration interval) {
    beat();
    scheduler.scheduleAtFixedRate(this::beatQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Writes the file once, atomically, when the status is present. */
  void beat() {
    Optional<String> current = status.get();
    if (current.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, clock.instant() + " " + current.get().strip() + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write heartbeat file " + file, e);
    }
  }

  private void beatQuietly() {
    try {
      beat();
    } catch (RuntimeException e) {
      // A missed beat shows up as a stale file in 'health'; the next beat retries.
      LOG.warn("heartbeat not written: {}", e.getMessage());
    }
  }

  /** Stops writing and removes the file, so a stopped bot is not reported alive. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove heartbeat file " + file, e);
    }
  }
}
