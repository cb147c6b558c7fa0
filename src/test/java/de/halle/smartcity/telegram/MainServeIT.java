package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application end to end: {@code java -jar target/halle-bot.jar serve} against the fake Bot API, with
 * the project's knowledge copied into a temp folder — an answer, an admin self-test, a hot reload reported to the
 * admin, a healthy heartbeat, and SIGTERM ending the process in time. Lives here for the package-private fake.
 */
class MainServeIT {

  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration DOCKER_STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final long ADMIN = 77;
  private static final long CITIZEN = 60;

  @TempDir Path dir;

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.fakeApiOnly();
  private final FakeBotApi api = telegram.api();
  private PackagedBot jar;
  private Path knowledge;
  private File log;

  @BeforeEach
  void setUp() throws IOException {
    jar = PackagedBot.in(dir, api, ADMIN);
    knowledge = jar.knowledge();
    log = dir.resolve("bot.log").toFile();
  }

  @Test
  void servesAnswersAdminCommandsHotReloadAndHealthAndStopsOnSigterm() throws Exception {
    Process bot = java(List.of("serve")).redirectErrorStream(true).redirectOutput(log).start();
    try {
      api.push(Updates.text(CITIZEN, CITIZEN, firstDevQuestion()));
      assertThat(api.awaitMessagesTo(CITIZEN, 1, STARTUP)).as(log()).hasSize(1);

      api.push(Updates.text(ADMIN, ADMIN, "/selbsttest"));
      assertThat(api.awaitMessagesTo(ADMIN, 1, WAIT)).as(log()).anySatisfy(
          call -> assertThat(call.visibleText()).startsWith("Selbsttest: ").contains(" Testfragen, "));

      Files.writeString(knowledge.resolve("099-wochenmarkt.md"), "---\ntitle: \"Wochenmarkt am Testplatz\"\n"
          + "date: 2026-01-05\nsource: https://example.org/wochenmarkt\n---\n\n"
          + "Der Wochenmarkt am Testplatz öffnet ab Februar immer dienstags um acht Uhr.\n");
      assertThat(awaitMessageTo(ADMIN, "+1 neu (099-wochenmarkt.md)")).as(log()).isTrue();

      Process health = java(List.of("health")).redirectErrorStream(true).start();
      assertThat(health.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(new String(health.getInputStream().readAllBytes())).startsWith("ok: heartbeat");
      assertThat(health.exitValue()).isZero();

      int logBeforeStop = Files.readString(log.toPath()).length();
      long start = System.nanoTime();
      bot.destroy();
      assertThat(bot.waitFor(DOCKER_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).as(log()).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DOCKER_STOP_TIMEOUT);
      assertThat(Files.readString(log.toPath()).substring(logBeforeStop)).as("the stop logs no ERROR")
          .contains("Telegram bot stopped").doesNotContain(" ERROR ");
    } finally {
      bot.destroyForcibly();
    }
  }

  /** Waits until a message to the chat contains the text. */
  private boolean awaitMessageTo(long chat, String text) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<FakeBotApi.Call> messages = api.messagesTo(chat);
      if (messages.stream().anyMatch(call -> call.visibleText().contains(text))) {
        return true;
      }
      api.awaitMessagesTo(chat, messages.size() + 1, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
    }
    return false;
  }

  private ProcessBuilder java(List<String> args) {
    return jar.java(args);
  }

  private static String firstDevQuestion() throws IOException {
    String line = Files.readAllLines(Path.of("src/test/resources/eval/halle/halle_dev_questions.jsonl")).get(0);
    return new ObjectMapper().readTree(line).get("q").asText();
  }

  private String log() throws IOException {
    return "log:\n" + Files.readString(log.toPath());
  }
}
