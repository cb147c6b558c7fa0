package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hard crash of the packaged bot (SIGKILL: no shutdown hook, nothing flushed on the way out) while a group's
 * questions wait for the outbound limiter: Telegram has already been told they were delivered, yet after a restart
 * on the same data folder every one is answered exactly once, in order, and a 👍 pressed behind them is stored and
 * answered once. The kill lands a second after a reply, between
 * two (the group limiter spaces them 3 s apart): a kill in the few milliseconds between Telegram accepting a reply
 * and the ledger noting it would still repeat that one reply — the Bot API offers no idempotency key.
 */
class TelegramCrashIT {
  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final long ADMIN = 77;
  private static final long CITIZEN = 61;
  private static final long GROUP = -100_555;
  private static final int QUESTIONS = 8;
  private static final int ANSWERED_BEFORE_KILL = 4;

  @TempDir Path dir;

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.fakeApiOnly();
  private final FakeBotApi api = telegram.api();
  private PackagedBot jar;
  private File log;

  @BeforeEach
  void setUp() throws IOException {
    jar = PackagedBot.in(dir, api, ADMIN);
    log = dir.resolve("bot.log").toFile();
  }

  @Test
  void messagesAndAPressFetchedButUnansweredAtAKillAreAnsweredOnceInOrderAfterTheRestart() throws Exception {
    List<String> questions = devQuestions();
    List<Integer> asked = new ArrayList<>();
    Process first = start();
    try {
      api.push(Updates.text(CITIZEN, CITIZEN, questions.get(0)));
      assertThat(api.awaitMessagesTo(CITIZEN, 1, STARTUP)).as(log()).hasSize(1);
      for (int i = 0; i < QUESTIONS; i++) {
        asked.add(pushToGroup(5000 + i, questions.get(i % questions.size())));
      }
      assertThat(api.awaitMessagesTo(GROUP, ANSWERED_BEFORE_KILL, WAIT)).as(log()).hasSize(ANSWERED_BEFORE_KILL);
      pressThumbsUpUnder(api.messagesTo(GROUP).get(0));
      Thread.sleep(1000);
      first.destroyForcibly();
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      first.destroyForcibly();
    }
    List<Integer> beforeKill = repliedTo();
    assertThat(beforeKill).as("the kill left questions unanswered").hasSizeLessThan(QUESTIONS);
    assertThat(api.calls("answercallbackquery")).as("the press waited behind them").isEmpty();

    Process second = start();
    try {
      assertThat(api.awaitMessagesTo(GROUP, QUESTIONS, STARTUP)).as(log()).hasSize(QUESTIONS);
      Thread.sleep(4000);
      assertThat(repliedTo()).as(log()).containsExactlyElementsOf(asked);
      assertThat(api.calls("answercallbackquery")).as(log()).singleElement().satisfies(press ->
          assertThat(press.body().path("text").asText()).isEqualTo("Danke für Ihre Rückmeldung!"));
      assertThat(Files.readString(log.toPath())).contains("were not answered").contains("answering them now");
    } finally {
      second.destroy();
      second.waitFor(10, TimeUnit.SECONDS);
      second.destroyForcibly();
    }
  }

  private Process start() throws IOException {
    return jar.java(List.of("serve")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log))
        .start();
  }

  /** Presses 👍 under the answer and waits until the bot has fetched the press and Telegram counts it delivered. */
  private void pressThumbsUpUnder(FakeBotApi.Call answer) throws InterruptedException {
    String up = answer.body().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data").get(0);
    assertThat(up).startsWith("up:");
    long press = api.push(Updates.button(GROUP, CITIZEN, answer.messageId(), up));
    assertThat(api.awaitConfirmed(press, WAIT)).isTrue();
  }

  /** A question in the group that replies to the bot (so it is addressed), with a known message id. */
  private int pushToGroup(int messageId, String question) {
    ObjectNode update = Updates.replyToBot(GROUP, CITIZEN, question);
    ((ObjectNode) update.get("message")).put("message_id", messageId);
    api.push(update);
    return messageId;
  }

  /** The message ids the bot's group messages reply to, in the order they were sent. */
  private List<Integer> repliedTo() {
    return api.messagesTo(GROUP).stream()
        .map(call -> call.body().path("reply_parameters").path("message_id").asInt()).toList();
  }

  private static List<String> devQuestions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> questions = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/eval/halle/halle_dev_questions.jsonl"))) {
      if (!line.isBlank()) {
        questions.add(json.readTree(line).get("q").asText());
      }
    }
    return questions;
  }

  private String log() throws IOException {
    return "log:\n" + Files.readString(log.toPath());
  }
}
