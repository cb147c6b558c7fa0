package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.FaultScript.AnswerLost;
import de.halle.smartcity.telegram.FaultScript.BadGateway;
import de.halle.smartcity.telegram.FaultScript.Dropped;
import de.halle.smartcity.telegram.FaultScript.Fault;
import de.halle.smartcity.telegram.FaultScript.NotJson;
import de.halle.smartcity.telegram.FaultScript.ServerError;
import de.halle.smartcity.telegram.FaultScript.Stall;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TelegramSendFailureIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String QUESTION = "Wie viele Umweltsensoren installiert die Stadt?";
  private static final String NOT_DELIVERED = "; not delivered: Telegram never got the request";
  private static final String MAYBE_DELIVERED = "; may have been delivered: the request may have reached Telegram";

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.withInMemoryStores();
  private final FakeBotApi api = telegram.api();
  private final H2Stores stores = telegram.stores();

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(new NotJson(), "(sendmessage: an HTML page instead of Telegram's JSON (a proxy or gateway "
            + "answered?): \"502 Bad Gateway\")"),
        Arguments.of(new BadGateway(), "(sendmessage: HTTP 502 Bad Gateway, an HTML page instead of Telegram's JSON "
            + "(a proxy or gateway answered?): \"502 Bad Gateway\")"),
        Arguments.of(new Dropped(), "(sendmessage: network error: connection closed without an answer ("),
        Arguments.of(new ServerError(), "(sendmessage: Telegram error 500: Internal Server Error)"));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aReplyThatFailsToSendIsLoggedInWordsAndSentOnceOnTheNextTry(Fault fault, String words) throws Exception {
    long update;
    List<String> lines;
    try (CapturedLog log = CapturedLog.start()) {
      telegram.closeAfterTest(BotHarness.start(api, BotHarness.fixtureAnswerer(), stores.ledger, stores.log));
      api.failNext("sendmessage", 1, fault);
      update = api.push(Updates.text(60, 60, QUESTION));
      assertThat(api.awaitMessagesTo(60, 1, WAIT)).hasSize(1);
      assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
      lines = log.lines();
    }

    List<String> failed = lines.stream().filter(line -> line.contains("update " + update + " failed")).toList();
    assertThat(failed).isNotEmpty().allSatisfy(line -> assertThat(line).contains(" WARN ", words)
        .doesNotContain("null", "Unable to", "BotApiException"));
    assertThat(failed.get(0)).contains("update " + update + " failed on attempt 1 of ");
    assertThat(lines).as("no stack trace").noneMatch(line -> line.startsWith("\tat "));
    assertThat(stores.attempts(update)).as("one more try than failures").isEqualTo(failed.size() + 1);
    Thread.sleep(500);
    assertThat(api.messagesTo(60)).as("answered once").hasSize(1);
  }

  @Test
  void aSendDroppedOnAKeptAliveConnectionIsTriedAgainOnlyByTheRetryPolicy() throws Exception {
    telegram.closeAfterTest(BotHarness.start(api, BotHarness.fixtureAnswerer(), stores));
    int before = answerOnce(61);
    api.failNext("sendmessage", 1, new Dropped());
    long update = api.push(Updates.text(60, 60, QUESTION));

    assertThat(api.awaitMessagesTo(60, 1, WAIT)).hasSize(1);
    assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
    Thread.sleep(500);
    assertThat(api.arrivals("sendmessage") - before).as("requests that reached Telegram").isEqualTo(2);
    assertThat(stores.attempts(update)).as("each of them a try in the ledger").isEqualTo(2);
    assertThat(api.messagesTo(60)).as("answered once").hasSize(1);
  }

  @Test
  void aReplyTelegramTookButWhoseAnswerWasLostIsSentAgainOnceAndOnlyByTheRetryPolicy() throws Exception {
    telegram.closeAfterTest(BotHarness.start(api, BotHarness.fixtureAnswerer(), stores));
    int before = answerOnce(61);
    api.failNext("sendmessage", 1, new AnswerLost());
    long update = api.push(Updates.text(60, 60, QUESTION));

    assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
    Thread.sleep(500);
    assertThat(api.arrivals("sendmessage") - before).as("requests that reached Telegram").isEqualTo(2);
    assertThat(stores.attempts(update)).as("each of them a try in the ledger").isEqualTo(2);
    assertThat(api.messagesTo(60)).as("the bot cannot know the first one arrived: at least once, here twice")
        .hasSize(2);
  }

  static Stream<Fault> answerNeverCameBack() {
    return Stream.of(new Dropped(), new AnswerLost());
  }

  @ParameterizedTest
  @MethodSource("answerNeverCameBack")
  void aSendWhoseConnectionClosedAfterTheRequestWentOutIsLoggedAsMaybeDelivered(Fault fault) throws Exception {
    List<String> failed;
    try (CapturedLog log = CapturedLog.start()) {
      telegram.closeAfterTest(BotHarness.start(api, BotHarness.fixtureAnswerer(), stores));
      api.failNext("sendmessage", 1, fault);
      long update = api.push(Updates.text(60, 60, QUESTION));
      assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
      failed = log.linesWith("update " + update + " failed on attempt 1 of ");
    }

    assertThat(failed).as("Dropped (never created) and AnswerLost (created) look alike to the bot").singleElement()
        .asString().contains("connection closed without an answer", MAYBE_DELIVERED).doesNotContain(NOT_DELIVERED);
  }

  @Test
  void aSendThatCannotConnectIsLoggedAsNotDelivered() throws Exception {
    try (CapturedLog log = CapturedLog.start()) {
      telegram.closeAfterTest(BotHarness.start(api, BotHarness.fixtureAnswerer(), stores));
      api.failNext("sendmessage", 1, new Stall(WAIT));
      long update = api.push(Updates.text(60, 60, QUESTION));
      assertThat(api.awaitArrivals("sendmessage", 1, WAIT)).isEqualTo(1);
      api.close(); // Telegram gone: the held send's connection closes, the next send finds no server to connect to

      String second = awaitLine(log, "update " + update + " failed on attempt 2 of ");
      assertThat(log.linesWith("update " + update + " failed on attempt 1 of ")).singleElement().asString()
          .contains(MAYBE_DELIVERED);
      assertThat(second).contains("cannot connect to the server", NOT_DELIVERED).doesNotContain(MAYBE_DELIVERED);
    }
  }

  private static String awaitLine(CapturedLog log, String text) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (log.linesWith(text).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(log.linesWith(text)).as("a line with: " + text).isNotEmpty();
    return log.linesWith(text).get(0);
  }

  /** Answers one question in the chat, so the next send goes out on a kept-alive connection; returns the sends. */
  private int answerOnce(long chat) throws Exception {
    long update = api.push(Updates.text(chat, chat, QUESTION));
    assertThat(api.awaitMessagesTo(chat, 1, WAIT)).hasSize(1);
    assertThat(stores.awaitStatus(update, "DONE", WAIT)).isEqualTo("DONE");
    return api.arrivals("sendmessage");
  }
}
