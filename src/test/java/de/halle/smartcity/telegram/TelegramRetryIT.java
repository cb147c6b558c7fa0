package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.FakeBotApi.Call;
import de.halle.smartcity.telegram.FaultScript.ServerError;
import de.halle.smartcity.telegram.FaultScript.Stall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages whose answer cannot be delivered for a while (Telegram answers 500) through the fake Bot API with the real
 * H2 ledger and retry queue: they are answered later exactly once, also after a restart, or given up with an apology
 * to the citizen and a notice to the admins.
 */
class TelegramRetryIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String QUESTION = "Wie viele Umweltsensoren installiert die Stadt?";
  /** Three quick tries and the apology. */
  private static final int FIRST_ROUND_SENDS = 4;
  private static final long CHAT = 918_273_645L;

  @TempDir Path data;
  @RegisterExtension final TelegramFixture telegram = TelegramFixture.fakeApiOnly();
  private final FakeBotApi api = telegram.api();

  @Test
  void aMessageWhoseAnswerAndApologyCannotBeSentIsAnsweredOnceByADeferredTry() throws Exception {
    api.failNext("sendmessage", FIRST_ROUND_SENDS, new ServerError());
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot bot = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      try {
        long update = api.push(Updates.text(90, 90, QUESTION));
        assertThat(api.awaitMessagesTo(90, 1, WAIT).get(0).visibleText()).contains("40 Umweltsensoren");
        assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
        Thread.sleep(500);
        assertThat(api.messagesTo(90)).hasSize(1);
        assertThat(stores.count("update_retry")).isZero();
        assertThat(stores.attempts(update)).isEqualTo(4);
      } finally {
        bot.close();
      }
    }
  }

  @Test
  void aDeferredTryIsKeptEncryptedAcrossARestartAndAnswersOnceWithoutAskingTheEngineAgain() throws Exception {
    long update = failThenRestart();
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot second = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      try {
        assertAnsweredOnce(stores, update);
        assertThat(stores.count("question")).as("asked and logged once, not again on the retry").isEqualTo(1);
      } finally {
        second.close();
      }
    }
  }

  @Test
  void aDeferredTryAndTelegramsRedeliveryOfTheSameUpdateAnswerItOnlyOnce() throws Exception {
    api.keepConfirmedUpdates();
    long update = failThenRestart();
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot second = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      try {
        assertAnsweredOnce(stores, update);
      } finally {
        second.close();
      }
    }
  }

  /** Lets the answer and the apology fail, stops the bot with the message kept for later, and makes it due. */
  private long failThenRestart() throws Exception {
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot first = TelegramBot.start(BotHarness.settings(api).retries(
              new RetryPolicy(BotHarness.QUICK_PAUSE, Duration.ofMinutes(5), 2, Duration.ofSeconds(1))).build(),
          BotHarness.services(BotHarness.fixtureAnswerer(), stores.ledger, stores.retries, stores.inbox,
              stores.log));
      api.failNext("sendmessage", FIRST_ROUND_SENDS, new ServerError());
      long update = api.push(Updates.text(CHAT, CHAT, QUESTION));
      assertThat(stores.awaitStatus(update, "FAILED", WAIT)).isEqualTo("FAILED");
      awaitRows(stores, "update_retry", 1);
      first.close();
      assertThat(api.messagesTo(CHAT)).isEmpty();
      assertThat(stores.rows("update_retry")).singleElement().asString()
          .doesNotContain(Long.toString(CHAT)).doesNotContain("Umweltsensoren");
      stores.makeRetriesDue();
      return update;
    }
  }

  private void assertAnsweredOnce(H2Stores stores, long update) throws Exception {
    assertThat(api.awaitMessagesTo(CHAT, 1, WAIT).get(0).visibleText()).contains("40 Umweltsensoren");
    assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
    awaitRows(stores, "update_retry", 0);
    Thread.sleep(700);
    assertThat(api.messagesTo(CHAT)).hasSize(1);
  }

  @Test
  void messagesStillQueuedOrRunningAtShutdownAreAnsweredOnceRightAfterTheRestart() throws Exception {
    List<Long> updates = new ArrayList<>();
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot first = TelegramBot.start(BotHarness.settings(api).workers(1)
              .pollTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofSeconds(30))
              .shutdownBudget(Duration.ofSeconds(2)).build(),
          BotHarness.services(BotHarness.fixtureAnswerer(), stores.ledger, stores.retries, stores.inbox,
              stores.log));
      api.failNext("sendmessage", 1, new Stall(Duration.ofSeconds(60)));
      for (long chat = 601; chat <= 604; chat++) {
        updates.add(api.push(Updates.text(chat, chat, QUESTION)));
      }
      assertThat(api.awaitArrivals("sendmessage", 1, WAIT)).isEqualTo(1);
      long polls = api.getUpdatesCalls();
      while (api.getUpdatesCalls() < polls + 2) {
        Thread.sleep(50);
      }
      first.close();
      assertThat(api.calls("sendmessage")).allSatisfy(c -> assertThat(c.status()).isNotEqualTo(200));
      assertThat(stores.count("update_retry")).as("the interrupted one, with its replies").isEqualTo(1);
      assertThat(stores.count("update_inbox")).as("the three never started").isEqualTo(3);
    }

    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot second = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      try {
        for (long chat = 601; chat <= 604; chat++) {
          assertThat(api.awaitMessagesTo(chat, 1, WAIT)).hasSize(1);
        }
        for (long update : updates) {
          assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
        }
        awaitRows(stores, "update_retry", 0);
        awaitRows(stores, "update_inbox", 0);
        Thread.sleep(500);
        for (long chat = 601; chat <= 604; chat++) {
          assertThat(api.messagesTo(chat)).hasSize(1);
        }
      } finally {
        second.close();
      }
    }
  }

  @Test
  void whenEveryTryFailsTheCitizenIsAskedOnceToAskAgainAndTheAdminsAreTold() throws Exception {
    int rounds = BotHarness.FAST_RETRIES.rounds();
    api.failNext("sendmessage", FIRST_ROUND_SENDS + rounds, new ServerError());
    try (H2Stores stores = H2Stores.file(data)) {
      TelegramBot bot = BotHarness.start(api, BotHarness.fixtureAnswerer(), stores);
      try {
        long update = api.push(Updates.text(92, 92, QUESTION));
        assertThat(stores.awaitStatus(update, "GAVE_UP", WAIT)).isEqualTo("GAVE_UP");
        List<Call> toCitizen = api.awaitMessagesTo(92, 1, WAIT);
        assertThat(toCitizen).singleElement().extracting(Call::visibleText).asString().contains("nicht geklappt");
        assertThat(api.awaitMessagesTo(BotHarness.ADMIN, 1, WAIT)).singleElement().extracting(Call::visibleText)
            .asString().contains("Update " + update).contains("aufgegeben").contains("500");
        assertThat(stores.count("update_retry")).isZero();
        Thread.sleep(700);
        assertThat(api.messagesTo(92)).hasSize(1);

        api.push(Updates.text(BotHarness.ADMIN, BotHarness.ADMIN, "/zustellung"));
        assertThat(api.awaitMessagesTo(BotHarness.ADMIN, 2, WAIT).get(1).visibleText()).contains("Aufgegeben: 1")
            .contains("Update " + update).contains("Bot API UNAVAILABLE 500");
      } finally {
        bot.close();
      }
    }
  }

  private static void awaitRows(H2Stores stores, String table, long count) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (stores.count(table) != count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(stores.count(table)).isEqualTo(count);
  }
}
