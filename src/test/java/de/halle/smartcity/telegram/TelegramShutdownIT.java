package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.FaultScript.Stall;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TelegramShutdownIT {
  /** A correctness bound, not a benchmark: Docker kills the container 10 s after SIGTERM. */
  private static final Duration DOCKER_STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration WAIT = Duration.ofSeconds(15);

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.fakeApiOnly();
  private final FakeBotApi api = telegram.api();

  @Test
  void closeEndsInTimeWhileAFiftySecondPollIsHeldAndAReplyIsStalled() throws Exception {
    Set<String> nonDaemonBefore = nonDaemonThreads();
    TelegramSettings settings = BotHarness.settings(api).pollTimeout(Duration.ofSeconds(50))
        .callTimeout(Duration.ofSeconds(30)).build();
    H2Stores stores = H2Stores.inMemory();
    TelegramBot bot = TelegramBot.start(settings,
        BotHarness.services(BotHarness.fixtureAnswerer(), stores.ledger, stores.log));
    api.failNext("sendmessage", 1, new Stall(Duration.ofSeconds(60)));
    long update = api.push(Updates.text(60, 60, "Wie viele Umweltsensoren installiert die Stadt?"));
    assertThat(api.awaitArrivals("sendmessage", 1, WAIT)).isEqualTo(1);
    Thread.sleep(200);

    long start = System.nanoTime();
    bot.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(DOCKER_STOP_TIMEOUT);
    assertThat(stores.awaitStatus(update, "FAILED", Duration.ofSeconds(5))).isEqualTo("FAILED");
    assertThat(stores.lastError(update)).isEqualTo("interrupted by shutdown");
    stores.close();
    Thread.sleep(500);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive() && t.getName().startsWith("telegram-"));
    assertThat(nonDaemonThreads()).isSubsetOf(nonDaemonBefore);
  }

  @Test
  void closeEndsInTimeWhileAChatActionIsStalledAndTheAnswerWaitingBehindItIsStillSent() throws Exception {
    TelegramSettings settings = BotHarness.settings(api).pollTimeout(Duration.ofSeconds(1))
        .callTimeout(Duration.ofSeconds(30)).typingGrace(Duration.ofMillis(50)).build();
    H2Stores stores = H2Stores.inMemory();
    TelegramBot bot = TelegramBot.start(settings, BotHarness.services(
        new TypingAwaitingAnswerer(BotHarness.fixtureAnswerer(), api), stores.ledger, stores.log));
    api.failNext("sendchataction", 1, new Stall(Duration.ofSeconds(60)));
    long update = api.push(Updates.text(61, 61, TypingAwaitingAnswerer.SLOW + " Wie viele Umweltsensoren installiert "
        + "die Stadt?"));
    assertThat(api.awaitArrivals("sendchataction", 1, WAIT)).isEqualTo(1);
    Thread.sleep(200);
    assertThat(api.messagesTo(61)).as("the answer waits for the chat action").isEmpty();

    long start = System.nanoTime();
    bot.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(DOCKER_STOP_TIMEOUT);
    assertThat(api.messagesTo(61)).singleElement()
        .satisfies(answer -> assertThat(answer.visibleText()).contains("40 Umweltsensoren"));
    assertThat(stores.awaitStatus(update, "DONE", Duration.ofSeconds(5))).isEqualTo("DONE");
    stores.close();
  }

  private static Set<String> nonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
        .map(Thread::getName).collect(Collectors.toSet());
  }

  @Test
  void closeIsIdempotent() throws Exception {
    TelegramBot bot =
        BotHarness.start(api, BotHarness.fixtureAnswerer(), new InMemoryUpdateLedger(), new InMemoryQuestionLog());
    bot.close();
    bot.close();
    bot.awaitClose();
  }

  @Test
  void sigtermEndsTheBotsJvmInTimeWithoutLoggingAnError(@TempDir Path dir) throws Exception {
    File output = dir.resolve("bot.log").toFile();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ServeForTest.class.getName(), api.url())
        .redirectErrorStream(true).redirectOutput(output).start();
    try {
      api.push(Updates.text(70, 70, "Wie viele Umweltsensoren installiert die Stadt?"));
      assertThat(api.awaitMessagesTo(70, 1, Duration.ofSeconds(30))).as(Files.readString(output.toPath()))
          .hasSize(1);
      Thread.sleep(300);

      long start = System.nanoTime();
      process.destroy();
      boolean exited = process.waitFor(DOCKER_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(exited).as("exited within %s, log:%n%s", DOCKER_STOP_TIMEOUT, Files.readString(output.toPath()))
          .isTrue();
      assertThat(took).isLessThan(DOCKER_STOP_TIMEOUT);
      String log = Files.readString(output.toPath());
      assertThat(log).contains("Telegram bot stopped");
      assertThat(log).as("a normal shutdown logs no ERROR (the held 50 s poll is ended quietly)")
          .doesNotContain(" ERROR ").doesNotContain("Canceled");
    } finally {
      process.destroyForcibly();
    }
  }
}
