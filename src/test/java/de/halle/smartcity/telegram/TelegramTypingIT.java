package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.FakeBotApi.Call;
import de.halle.smartcity.telegram.FaultScript.Stall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When the chat shows "typing": only while an answer takes noticeable time, through the fake Bot API. */
class TelegramTypingIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Duration GRACE = Duration.ofMillis(200);
  private static final String QUESTION = "Wie viele Umweltsensoren installiert die Stadt?";

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.withInMemoryStores();
  private final FakeBotApi api = telegram.api();
  private final H2Stores stores = telegram.stores();

  private void startBot(Duration typingGrace) {
    telegram.closeAfterTest(TelegramBot.start(BotHarness.settings(api).typingGrace(typingGrace).build(),
        BotHarness.services(new TypingAwaitingAnswerer(BotHarness.fixtureAnswerer(), api), stores.ledger,
            stores.log)));
  }

  @Test
  void quickAnswersAndCommandsSendNoChatAction() throws Exception {
    startBot(TelegramSettings.DEFAULT_TYPING_GRACE);
    api.push(Updates.text(71, 71, "/start"));
    api.push(Updates.text(71, 71, QUESTION));
    api.push(Updates.text(71, 71, "Was kostet ein Anwohnerparkausweis?"));

    List<Call> replies = api.awaitMessagesTo(71, 3, WAIT);

    assertThat(replies).hasSize(3);
    assertThat(replies.get(1).visibleText()).contains("40 Umweltsensoren");
    assertThat(api.arrivals("sendchataction")).isZero();
  }

  @Test
  void aSlowAnswerShowsTypingInItsChatBeforeTheAnswerArrivesAndNotAfterIt() throws Exception {
    startBot(GRACE);
    api.push(Updates.text(72, 72, TypingAwaitingAnswerer.SLOW + " " + QUESTION));

    Call answer = api.awaitMessagesTo(72, 1, WAIT).get(0);

    assertThat(answer.visibleText()).contains("40 Umweltsensoren");
    assertThat(api.calls("sendchataction")).singleElement().satisfies(action -> {
      assertThat(action.chatId()).isEqualTo(72);
      assertThat(action.body().path("action").asText()).isEqualTo("typing");
      assertThat(action.atNanos()).as("answered before the answer went out").isLessThan(answer.atNanos());
    });
    api.push(Updates.text(72, 72, QUESTION));
    assertThat(api.awaitMessagesTo(72, 2, WAIT)).hasSize(2);
    assertThat(api.arrivals("sendchataction")).as("the quick one showed none").isEqualTo(1);
  }

  @Test
  void withTheDefaultGraceASlowAnswerShowsTypingOnlyAfterASecondAndBeforeTheAnswer() throws Exception {
    startBot(TelegramSettings.DEFAULT_TYPING_GRACE);
    long asked = System.nanoTime();
    api.push(Updates.text(74, 74, TypingAwaitingAnswerer.SLOW + " " + QUESTION));

    Call answer = api.awaitMessagesTo(74, 1, WAIT).get(0);

    assertThat(answer.visibleText()).contains("40 Umweltsensoren");
    assertThat(api.calls("sendchataction")).singleElement().satisfies(action -> {
      assertThat(Duration.ofNanos(action.atNanos() - asked)).as("not within the first second")
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(action.atNanos()).as("answered before the answer went out").isLessThan(answer.atNanos());
    });
  }

  @Test
  void anAnswerReadyWhileTelegramIsStillTakingTheChatActionWaitsForIt() throws Exception {
    startBot(GRACE);
    api.failNext("sendchataction", 1, new Stall(Duration.ofMillis(500)));
    api.push(Updates.text(73, 73, TypingAwaitingAnswerer.SLOW + " " + QUESTION));

    Call answer = api.awaitMessagesTo(73, 1, WAIT).get(0);

    assertThat(api.calls("sendchataction")).singleElement()
        .satisfies(action -> assertThat(action.atNanos()).isLessThan(answer.atNanos()));
  }
}
