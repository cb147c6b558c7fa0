package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.FakeBotApi.Call;
import de.halle.smartcity.telegram.FaultScript.ServerError;
import de.halle.smartcity.store.InboxMessage;
import de.halle.smartcity.store.RetentionJob;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarts against a fake Bot API that re-delivers every update to a new session (as Telegram does when the bot
 * stopped before confirming them), with the real H2 ledger in a database file that is closed and reopened.
 */
class TelegramRestartIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String GONE =
      "Diese Quelle ist nicht mehr verfügbar. Bitte stellen Sie die Frage noch einmal.";
  private static final String UNKNOWN_BUTTON =
      "Dieser Knopf gilt nicht mehr. Bitte stellen Sie Ihre Frage noch einmal.";

  @TempDir Path data;
  @RegisterExtension final TelegramFixture telegram = TelegramFixture.fakeApiOnly();
  private final FakeBotApi api = telegram.api();

  @BeforeEach
  void redeliverEveryUpdate() {
    api.keepConfirmedUpdates();
  }

  @Test
  void messagesAKilledRunLeftInTheInboxAreAnsweredOnceInOrderAlsoWhenTelegramDeliversThemAgain() throws Exception {
    List<String> questions = List.of("Welche Städte besuchte die Delegation 2019?",
        "Wie viele Umweltsensoren installiert die Stadt?", "Was kostet ein Anwohnerparkausweis?");
    List<Long> updates = new ArrayList<>();
    try (H2Stores stores = H2Stores.file(data)) {
      RetryPayload payloads = new RetryPayload();
      List<InboxMessage> left = new ArrayList<>();
      for (String question : questions) {
        long update = api.push(Updates.text(81, 81, question));
        updates.add(update);
        TextMessage message = new TextMessage(update, new ChatRef(81, false), new Sender(81, "de"), 0, question, true);
        left.add(new InboxMessage(update, 81, payloads.write(message, List.of()).orElseThrow()));
      }
      stores.inbox.append(left);
      assertThat(stores.ledger.claim(updates.get(0))).as("the killed run was answering the first").isTrue();
      Thread.sleep(20);
    }

    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot restarted = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      try {
        assertThat(api.awaitMessagesTo(81, 3, WAIT)).extracting(Call::visibleText).satisfiesExactly(
            first -> assertThat(first).contains("Aarhus und Tampere"),
            second -> assertThat(second).contains("40 Umweltsensoren"),
            third -> assertThat(third).doesNotContain("Aarhus").doesNotContain("40 Umweltsensoren"));
        for (long update : updates) {
          assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
        }
        Thread.sleep(1500);
        assertThat(api.messagesTo(81)).as("the re-delivered copies are not answered again").hasSize(3);
        assertThat(stores.count("update_inbox")).isZero();
      } finally {
        restarted.close();
      }
    }
  }

  @Test
  void buttonPressesAKilledRunLeftInTheInboxAreStoredAndShownOnceAfterTheRestartThoughTooOldToAnswer()
      throws Exception {
    List<Long> presses = new ArrayList<>();
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot first = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      api.push(Updates.text(84, 84, "Wie viele Umweltsensoren installiert die Stadt?"));
      Call answer = api.awaitMessagesTo(84, 1, WAIT).get(0);
      first.close();

      RetryPayload payloads = new RetryPayload();
      List<InboxMessage> left = new ArrayList<>();
      for (String data : answer.body().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data")
          .subList(1, 3)) {
        long update = api.push(Updates.button(84, 84, answer.messageId(), data));
        presses.add(update);
        ButtonPress press = new ButtonPress(update, new ChatRef(84, false), new Sender(84, "de"),
            "cb-" + answer.messageId() + "-" + data, data);
        left.add(new InboxMessage(update, 84, payloads.write(press, List.of()).orElseThrow()));
      }
      stores.inbox.append(left);
    }
    api.expireButtonPresses();

    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot restarted = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      try {
        assertThat(api.awaitMessagesTo(84, 2, WAIT).get(1).visibleText()).contains("Stand: 10.03.2022");
        for (long press : presses) {
          assertThat(stores.awaitStatus(press, "DONE", WAIT)).isEqualTo("DONE");
        }
        Thread.sleep(1000);
        assertThat(stores.rows("feedback")).singleElement().satisfies(row -> assertThat(row).endsWith("| FALSE|"));
        assertThat(api.messagesTo(84)).as("the source card once, the copy Telegram delivers again not").hasSize(2);
        assertThat(api.calls("answercallbackquery")).as("tried once each, refused as too old").hasSize(2)
            .allSatisfy(call -> assertThat(call.status()).isEqualTo(400));
        assertThat(stores.count("update_inbox")).isZero();
      } finally {
        restarted.close();
      }
    }
  }

  @Test
  void aRestartThatSeesTheSameUpdatesAgainDoesNotAnswerTwice() throws Exception {
    long answered;
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot first = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log);
      answered = api.push(Updates.text(80, 80, "Wie viele Umweltsensoren installiert die Stadt?"));
      assertThat(api.awaitMessagesTo(80, 1, WAIT)).hasSize(1);
      assertThat(stores.awaitStatus(answered, "DONE", WAIT)).isEqualTo("DONE");
      first.close();
    }

    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot second = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log);
      try {
        api.push(Updates.text(80, 80, "Was kostet ein Anwohnerparkausweis?"));
        List<Call> messages = api.awaitMessagesTo(80, 2, WAIT);
        Thread.sleep(300);
        assertThat(api.messagesTo(80)).hasSize(2);
        assertThat(messages.get(0).visibleText()).contains("40 Umweltsensoren");
        assertThat(messages.get(1).visibleText()).contains("115");
        assertThat(stores.count("question")).isEqualTo(2);
        assertThat(stores.attempts(answered)).isEqualTo(1);
      } finally {
        second.close();
      }
    }
  }

  @Test
  void anUpdateThatFailedBeforeTheRestartIsAnsweredAfterIt() throws Exception {
    long failed;
    api.failNext("sendmessage", 4, new ServerError());
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot first = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log);
      failed = api.push(Updates.text(81, 81, "Wie viele Umweltsensoren installiert die Stadt?"));
      assertThat(stores.awaitStatus(failed, "FAILED", WAIT)).isEqualTo("FAILED");
      Thread.sleep(300);
      first.close();
      assertThat(api.messagesTo(81)).isEmpty();
    }

    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot second = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log);
      try {
        assertThat(api.awaitMessagesTo(81, 1, WAIT).get(0).visibleText()).contains("40 Umweltsensoren");
        assertThat(stores.awaitStatus(failed, "DONE", WAIT)).isEqualTo("DONE");
      } finally {
        second.close();
      }
    }
  }

  @Test
  void theSourceButtonShowsTheSameCardAfterARestartAndPolitelySaysGoneWhenExpiredOrForeign() throws Exception {
    String cardBefore;
    int answerMessage;
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot first = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log);
      api.push(Updates.text(82, 82, "Wie viele Umweltsensoren installiert die Stadt?"));
      Call answer = api.awaitMessagesTo(82, 1, WAIT).get(0);
      answerMessage = answer.messageId();
      String data = answer.body().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data")
          .get(2);
      assertThat(data).startsWith("src:");
      api.push(Updates.button(82, 82, answerMessage, data));
      cardBefore = api.awaitMessagesTo(82, 2, WAIT).get(1).visibleText();
      first.close();
    }
    assertThat(cardBefore).contains("Stand: 10.03.2022").contains("40 Umweltsensoren");

    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot second = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log);
      try {
        String data = "src:" + stores.onlyQuestionId();
        api.push(Updates.button(82, 82, answerMessage, data));
        assertThat(api.awaitMessagesTo(82, 3, WAIT).get(2).visibleText()).isEqualTo(cardBefore);

        assertThat(pressAnswer(83, answerMessage, data)).isEqualTo(GONE);
        assertThat(pressAnswer(82, answerMessage, "src:99999")).isEqualTo(GONE);
        assertThat(pressAnswer(82, answerMessage, "src:1;DROP TABLE question")).isEqualTo(UNKNOWN_BUTTON);
        new RetentionJob(stores.database, Clock.offset(Clock.systemUTC(), Duration.ofDays(91)), 90).purge();
        assertThat(pressAnswer(82, answerMessage + 1, data)).isEqualTo(GONE);
        Thread.sleep(300);
        assertThat(api.messagesTo(82)).hasSize(3);
        assertThat(api.messagesTo(83)).isEmpty();
        assertThat(stores.count("source_card")).isZero();
      } finally {
        second.close();
      }
    }
  }

  /** Presses a button and returns the text of the {@code answerCallbackQuery} that answered that press. */
  private String pressAnswer(long chat, int messageId, String data) throws InterruptedException {
    int before = api.calls("answercallbackquery").size();
    api.push(Updates.button(chat, chat, messageId, data));
    List<Call> answers = api.awaitCalls("answercallbackquery", before + 1, WAIT);
    assertThat(answers).hasSize(before + 1);
    assertThat(answers.get(before).status()).isEqualTo(200);
    return answers.get(before).body().path("text").asText();
  }
}
