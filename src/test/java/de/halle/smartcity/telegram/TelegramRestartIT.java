package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.FakeBotApi.Call;
import de.halle.smartcity.telegram.FakeBotApi.ServerError;
import de.halle.smartcity.telegram.InMemoryUpdateLedger.State;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelegramRestartIT {
  private static final Duration WAIT = Duration.ofSeconds(15);

  private FakeBotApi api;
  private final InMemoryUpdateLedger ledger = new InMemoryUpdateLedger();
  private final InMemoryQuestionLog log = new InMemoryQuestionLog();

  @BeforeEach
  void startFake() throws Exception {
    api = FakeBotApi.start();
    api.keepConfirmedUpdates();
  }

  @AfterEach
  void stopFake() {
    api.close();
  }

  @Test
  void aRestartThatSeesTheSameUpdatesAgainDoesNotAnswerTwice() throws Exception {
    TelegramBot first = BotHarness.start(api, ledger, log);
    long answered = api.push(Updates.text(80, 80, "Wie viele Umweltsensoren installiert die Stadt?"));
    assertThat(api.awaitMessagesTo(80, 1, WAIT)).hasSize(1);
    assertThat(ledger.awaitState(answered, State.COMPLETED, WAIT)).isEqualTo(State.COMPLETED);
    first.close();

    TelegramBot second = BotHarness.start(api, ledger, log);
    try {
      api.push(Updates.text(80, 80, "Was kostet ein Anwohnerparkausweis?"));
      List<Call> messages = api.awaitMessagesTo(80, 2, WAIT);
      Thread.sleep(300);
      assertThat(api.messagesTo(80)).hasSize(2);
      assertThat(messages.get(0).visibleText()).contains("40 Umweltsensoren");
      assertThat(messages.get(1).visibleText()).contains("115");
      assertThat(log.entries()).hasSize(2);
    } finally {
      second.close();
    }
  }

  @Test
  void anUpdateThatFailedBeforeTheRestartIsAnsweredAfterIt() throws Exception {
    api.failNext("sendmessage", 4, new ServerError());
    TelegramBot first = BotHarness.start(api, ledger, log);
    long failed = api.push(Updates.text(81, 81, "Wie viele Umweltsensoren installiert die Stadt?"));
    assertThat(ledger.awaitState(failed, State.FAILED, WAIT)).isEqualTo(State.FAILED);
    Thread.sleep(300);
    first.close();
    assertThat(api.messagesTo(81)).isEmpty();

    TelegramBot second = BotHarness.start(api, ledger, log);
    try {
      assertThat(api.awaitMessagesTo(81, 1, WAIT).get(0).visibleText()).contains("40 Umweltsensoren");
      assertThat(ledger.awaitState(failed, State.COMPLETED, WAIT)).isEqualTo(State.COMPLETED);
    } finally {
      second.close();
    }
  }
}
