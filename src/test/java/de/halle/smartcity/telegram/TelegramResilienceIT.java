package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.halle.smartcity.telegram.FaultScript.BadGateway;
import de.halle.smartcity.telegram.FakeBotApi.Call;
import de.halle.smartcity.telegram.FaultScript.Dropped;
import de.halle.smartcity.telegram.FaultScript.NotJson;
import de.halle.smartcity.telegram.FaultScript.ServerError;
import de.halle.smartcity.telegram.FaultScript.Stall;
import de.halle.smartcity.telegram.FaultScript.TooManyRequests;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TelegramResilienceIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String QUESTION = "Wie viele Umweltsensoren installiert die Stadt?";

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.withInMemoryStores();
  private final FakeBotApi api = telegram.api();
  private final H2Stores stores = telegram.stores();

  private void startBot() {
    telegram.closeAfterTest(BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log));
  }

  @Test
  void a429StormDelaysAnswersByRetryAfterButLosesAndDuplicatesNone() throws Exception {
    startBot();
    api.failNext("sendMessage", 6, new TooManyRequests(1));
    for (long chat = 1; chat <= 3; chat++) {
      api.push(Updates.text(chat, chat, QUESTION));
    }
    for (long chat = 1; chat <= 3; chat++) {
      assertThat(api.awaitMessagesTo(chat, 1, WAIT)).hasSize(1);
    }
    Thread.sleep(300);
    List<Call> sends = api.calls("sendmessage");
    assertThat(sends).filteredOn(c -> c.status() == 429).hasSize(6);
    for (long chat = 1; chat <= 3; chat++) {
      long id = chat;
      List<Call> forChat = sends.stream().filter(c -> c.chatId() == id).toList();
      assertThat(forChat).filteredOn(c -> c.status() == 200).hasSize(1);
      Call first429 = forChat.stream().filter(c -> c.status() == 429).findFirst().orElseThrow();
      Call delivered = forChat.stream().filter(c -> c.status() == 200).findFirst().orElseThrow();
      assertThat(Duration.ofNanos(delivered.atNanos() - first429.atNanos())).isGreaterThan(Duration.ofMillis(950));
    }
  }

  @Test
  void poisonUpdatesDoNotStopPolling() throws Exception {
    startBot();
    var broken = Updates.text(20, 20, "kaputt");
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("message")).remove("chat");
    api.push(broken);
    long poison = api.push(Updates.text(21, 21, "Frage " + FixtureAnswerer.POISON));
    api.push(Updates.text(22, 22, QUESTION));
    assertThat(api.awaitMessagesTo(22, 1, WAIT).get(0).visibleText()).contains("40 Umweltsensoren");
    Call apology = api.awaitMessagesTo(21, 1, WAIT).get(0);
    assertThat(apology.visibleText()).contains("nicht geklappt");
    assertThat(stores.awaitStatus(poison, "GAVE_UP", WAIT)).isEqualTo("GAVE_UP");
    assertThat(stores.lastError(poison)).isEqualTo("IllegalStateException");
    api.push(Updates.text(21, 21, QUESTION));
    assertThat(api.awaitMessagesTo(21, 2, WAIT).get(1).visibleText()).contains("40 Umweltsensoren");
  }

  @Test
  void aServerErrorOnSendIsRetriedOnce() throws Exception {
    startBot();
    api.failNext("sendmessage", 1, new ServerError());
    long update = api.push(Updates.text(30, 30, QUESTION));
    assertThat(api.awaitMessagesTo(30, 1, WAIT)).hasSize(1);
    assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
    assertThat(stores.attempts(update)).isEqualTo(2);
    assertThat(stores.count("question")).isEqualTo(1);
  }

  @Test
  void aStalledCallTimesOutAndTheReplyIsSentAgain() throws Exception {
    startBot();
    api.failNext("sendmessage", 1, new Stall(Duration.ofSeconds(30)));
    long update = api.push(Updates.text(31, 31, QUESTION));
    assertThat(api.awaitMessagesTo(31, 1, WAIT)).hasSize(1);
    assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
    assertThat(stores.attempts(update)).isEqualTo(2);
  }

  @Test
  void failedPollsAreRetriedAndAnIdleBotDoesNotBusyLoop() throws Exception {
    api.failNext("getupdates", 2, new ServerError());
    startBot();
    api.push(Updates.text(40, 40, QUESTION));
    assertThat(api.awaitMessagesTo(40, 1, WAIT)).hasSize(1);
    long before = api.getUpdatesCalls();
    Thread.sleep(2_500);
    assertThat(api.getUpdatesCalls() - before).isBetween(1L, 5L);
  }

  @Test
  void pollsAnsweredWithAnHtmlPageAreLoggedAsSuchRetriedWithBackOffAndTheMessageBehindThemIsAnsweredOnce()
      throws Exception {
    CapturedLog log = CapturedLog.start();
    long failing;
    int polls;
    long update;
    Call answer;
    try (log) {
      startBot();
      failing = System.nanoTime();
      api.failNext("getupdates", 3, new NotJson());
      polls = api.arrivals("getupdates");
      assertThat(api.awaitArrivals("getupdates", polls + 1, WAIT)).as("a poll got the HTML page")
          .isGreaterThan(polls);
      update = api.push(Updates.text(42, 42, QUESTION));
      answer = api.awaitMessagesTo(42, 1, WAIT).get(0);
    }

    assertThat(log.linesWith("Telegram poll failed")).as("what happened, not \"Telegram error 0\"").hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("Telegram poll failed: an HTML page instead of Telegram's JSON "
            + "(a proxy or gateway answered?): \"502 Bad Gateway\"; next try in "));

    assertThat(answer.visibleText()).contains("40 Umweltsensoren");
    assertThat(Duration.ofNanos(answer.atNanos() - failing)).as("backed off 0.5 + 1 + 2 s, no busy loop")
        .isGreaterThan(Duration.ofSeconds(3));
    assertThat(api.arrivals("getupdates") - polls).as("polls while failing and since").isBetween(3, 6);
    assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
    Thread.sleep(1_000);
    assertThat(api.messagesTo(42)).as("answered once").hasSize(1);
  }

  @Test
  void aTelegramOutageIsOneLogLinePerFailedPollWithoutStackTracesAndTheMessageBehindItIsAnsweredOnce()
      throws Exception {
    api.failNext("getupdates", 3, new BadGateway());
    long update;
    List<String> lines;
    try (CapturedLog log = CapturedLog.start()) {
      startBot();
      update = api.push(Updates.text(45, 45, QUESTION));
      assertThat(api.awaitMessagesTo(45, 1, WAIT)).hasSize(1);
      assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
      Thread.sleep(500);
      lines = log.lines();
    }

    assertThat(lines).filteredOn(line -> line.contains("Telegram poll failed")).hasSize(3)
        .allSatisfy(line -> assertThat(line).contains(" WARN ", "HTTP 502 Bad Gateway; next try in "));
    assertThat(lines).filteredOn(line -> line.contains("Telegram poll works again after 3 failed polls")).hasSize(1);
    assertThat(lines).as("no stack trace, no ERROR").noneMatch(line -> line.startsWith("\tat ")
        || line.contains("Exception") || line.contains(" ERROR "));
    assertThat(api.messagesTo(45)).as("answered once").hasSize(1);
  }

  @Test
  void aPollDroppedOnAKeptAliveConnectionIsRepeatedAtOnceWithoutAWarningAndLosesNothing() throws Exception {
    long update;
    List<String> lines;
    try (CapturedLog log = CapturedLog.start()) {
      startBot();
      int polls = api.awaitArrivals("getupdates", 2, WAIT);
      api.failNext("getupdates", 1, new Dropped());
      assertThat(api.awaitArrivals("getupdates", polls + 2, WAIT)).as("the dropped poll and its repeat")
          .isGreaterThanOrEqualTo(polls + 2);
      update = api.push(Updates.text(46, 46, QUESTION));
      assertThat(api.awaitMessagesTo(46, 1, WAIT)).hasSize(1);
      assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
      lines = log.lines();
    }

    assertThat(lines).as("OkHttp repeated the poll itself").noneMatch(line -> line.contains("Telegram poll failed"));
    assertThat(api.messagesTo(46)).as("answered once").hasSize(1);
  }

  @Test
  void aPollAnsweredTooManyRequestsWaitsAsLongAsTelegramAsked() throws Exception {
    api.failNext("getupdates", 1, new TooManyRequests(2));
    long start = System.nanoTime();
    startBot();
    api.push(Updates.text(46, 46, QUESTION));

    Call answer = api.awaitMessagesTo(46, 1, WAIT).get(0);

    assertThat(Duration.ofNanos(answer.atNanos() - start)).as("retry_after 2 s, not the first back-off of 0.5 s")
        .isGreaterThan(Duration.ofSeconds(2));
    assertThat(api.arrivals("getupdates")).isLessThanOrEqualTo(4);
  }

  @Test
  void anUpdateTheLibraryCannotReadIsPassedOverAndTheMessagesAfterItAreAnsweredOnce() throws Exception {
    startBot();
    ObjectNode unreadable = Updates.text(43, 43, "Wie viele Umweltsensoren installiert die Stadt?");
    ((ObjectNode) unreadable.get("message")).put("date", "gestern");
    long passedOver = api.push(unreadable);
    api.push(Updates.text(44, 44, QUESTION));

    assertThat(api.awaitMessagesTo(44, 1, WAIT).get(0).visibleText()).contains("40 Umweltsensoren");
    assertThat(api.awaitConfirmed(passedOver, WAIT)).as("confirmed to Telegram, not fetched again").isTrue();
    api.push(Updates.text(44, 44, QUESTION));
    assertThat(api.awaitMessagesTo(44, 2, WAIT)).hasSize(2);
    Thread.sleep(500);
    assertThat(api.messagesTo(44)).as("answered once each").hasSize(2);
    assertThat(api.messagesTo(43)).isEmpty();
  }

  @Test
  void repliesToOneChatArePacedByTheOutboundLimiter() throws Exception {
    telegram.closeAfterTest(TelegramBot.start(
        BotHarness.settings(api).limits(OutboundLimits.telegramDefaults()).questionsPerMinute(10).build(),
        BotHarness.services(BotHarness.fixtureAnswerer(), stores.ledger, stores.log)));
    for (int i = 0; i < 5; i++) {
      api.push(Updates.text(50, 50, QUESTION));
    }
    List<Call> replies = api.awaitMessagesTo(50, 5, WAIT);
    assertThat(replies).hasSize(5);
    Duration lastTwo = Duration.ofNanos(replies.get(4).atNanos() - replies.get(3).atNanos());
    Duration burstToEnd = Duration.ofNanos(replies.get(4).atNanos() - replies.get(0).atNanos());
    assertThat(lastTwo).isGreaterThan(Duration.ofMillis(900));
    assertThat(burstToEnd).isGreaterThan(Duration.ofMillis(1_800));
  }
}
