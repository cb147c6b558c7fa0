package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.telegram.BotApiException.Kind;
import de.halle.smartcity.telegram.ExactlyOnceHandler.Failure;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import de.halle.smartcity.telegram.InMemoryUpdateLedger.State;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExactlyOnceHandlerTest {
  private final InMemoryUpdateLedger ledger = new InMemoryUpdateLedger();
  private final RecordingReplySender sender = new RecordingReplySender();
  private final ChatRef chat = new ChatRef(9, false);

  private ExactlyOnceHandler handler(QuestionsAnswered answerer) {
    ConversationFixture fixture = new ConversationFixture(sender, answerer::answer);
    return new ExactlyOnceHandler(ledger, fixture.conversation(), sender, new FakeTicker(), 3, Duration.ofMillis(100));
  }

  private TextMessage question(long updateId, String text) {
    return new TextMessage(updateId, chat, new Sender(9, "de"), 1, text, true);
  }

  /** The answer function of the conversation under test. */
  interface QuestionsAnswered {
    Answer answer(de.halle.smartcity.answer.Question question);
  }

  @Test
  void anUpdateIsAnsweredAndCompleted() {
    handler(q -> fixed("Antwort")).handle(question(1, "Frage eins"));
    assertThat(sender.sent()).hasSize(1);
    assertThat(ledger.state(1)).isEqualTo(State.COMPLETED);
  }

  @Test
  void aCompletedUpdateIsNotAnsweredAgain() {
    ExactlyOnceHandler handler = handler(q -> fixed("Antwort"));
    handler.handle(question(1, "Frage"));
    handler.handle(question(1, "Frage"));
    assertThat(sender.sent()).hasSize(1);
  }

  @Test
  void aFailedSendIsRetriedAndCompleted() {
    sender.failNext(new BotApiException(Kind.UNAVAILABLE, 502, Duration.ZERO, "bad gateway", null));
    handler(q -> fixed("Antwort")).handle(question(2, "Frage"));
    assertThat(sender.sent()).hasSize(1);
    assertThat(ledger.state(2)).isEqualTo(State.COMPLETED);
    assertThat(ledger.failures()).containsExactly("2: Bot API UNAVAILABLE 502");
  }

  @Test
  void aFailedSendIsOneLogLineWithoutStackTraceButAnErrorWhileAnsweringKeepsItsStackTrace() {
    List<String> lines;
    try (CapturedLog log = CapturedLog.start()) {
      sender.failNext(new BotApiException(Kind.UNAVAILABLE, 502, Duration.ZERO, "sendmessage: Bad Gateway",
          new IllegalStateException("inner")));
      handler(q -> fixed("Antwort")).handle(question(3, "Frage"));
      handler(q -> {
        throw new IllegalStateException("engine bug");
      }).handle(question(4, "Frage"));
      lines = log.lines();
    }

    assertThat(lines).filteredOn(line -> line.contains("update 3")).singleElement().asString()
        .endsWith("update 3 failed on attempt 1 of 3: Bot API UNAVAILABLE 502 (sendmessage: Bad Gateway)");
    assertThat(lines).filteredOn(line -> line.startsWith("\tat ")).isNotEmpty()
        .allSatisfy(frame -> assertThat(lines.get(lines.indexOf(frame) - 1)).doesNotContain("update 3"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("IllegalStateException: engine bug"));
  }

  @Test
  void aRetryResumesAfterTheLastReplyThatGotThrough() {
    QuestionsAnswered longAnswer = q -> fixed(("Satz. ".repeat(300) + "\n\n").repeat(3));
    int parts = new ConversationFixture(new RecordingReplySender(), longAnswer::answer).conversation()
        .reply(question(99, "Frage")).size();
    assertThat(parts).isGreaterThan(1);
    sender.failOnCall(1, new BotApiException(Kind.UNAVAILABLE, 0, Duration.ZERO, "timeout", null));

    handler(longAnswer).handle(question(3, "Frage"));

    assertThat(sender.sent()).hasSize(parts).doesNotHaveDuplicates();
    assertThat(ledger.state(3)).isEqualTo(State.COMPLETED);
  }

  @Test
  void aRejectedReplyCompletesTheUpdateWithoutRetrying() {
    sender.failNext(new BotApiException(Kind.REJECTED, 403, Duration.ZERO, "blocked", null));
    handler(q -> fixed("Antwort")).handle(question(4, "Frage"));
    assertThat(sender.sent()).isEmpty();
    assertThat(ledger.state(4)).isEqualTo(State.COMPLETED);
  }

  @Test
  void anUpdateThatKeepsFailingStaysFailedAndReportsWhy() {
    Optional<Failure> failure = handler(q -> {
      throw new IllegalStateException("engine broken");
    }).handle(question(5, "Frage"));
    assertThat(failure).contains(new Failure("IllegalStateException", false, List.of()));
    assertThat(ledger.state(5)).isEqualTo(State.FAILED);
    assertThat(ledger.failures()).hasSize(3).allMatch(f -> f.endsWith("IllegalStateException"));
    assertThat(sender.sent()).isEmpty();
  }

  @Test
  void anErrorThrownWhileAnsweringIsRecordedAsAFailureNotLetThrough() {
    Optional<Failure> failure = handler(q -> {
      throw new StackOverflowError("engine recursed too deep");
    }).handle(question(8, "Frage"));
    assertThat(failure).contains(new Failure("StackOverflowError", false, List.of()));
    assertThat(ledger.state(8)).isEqualTo(State.FAILED);
    assertThat(sender.sent()).isEmpty();
  }

  @Test
  void theApologyAsksTheCitizenToTryAgainAndSaysWhetherItGotThrough() {
    ExactlyOnceHandler handler = handler(q -> fixed("Antwort"));
    assertThat(handler.apologize(question(6, "Frage"))).isTrue();
    assertThat(sender.sent()).singleElement().isInstanceOfSatisfying(ChatMessage.class,
        m -> assertThat(m.html()).contains("nicht geklappt"));
    sender.failNext(new BotApiException(Kind.UNAVAILABLE, 500, Duration.ZERO, "down", null));
    assertThat(handler.apologize(question(7, "Frage"))).isFalse();
  }

  @Test
  void aFailedSendReportsTheRepliesStillUnsentAndALaterTrySendsExactlyThose() {
    for (int call = 0; call < 3; call++) {
      sender.failOnCall(call, new BotApiException(Kind.UNAVAILABLE, 500, Duration.ZERO, "down", null));
    }
    ExactlyOnceHandler handler = handler(q -> fixed("Antwort"));
    Failure failure = handler.handle(question(9, "Frage")).orElseThrow();
    assertThat(failure.unsent()).singleElement().isInstanceOfSatisfying(ChatMessage.class,
        m -> assertThat(m.html()).contains("Antwort"));

    ExactlyOnceHandler noEngine = handler(q -> {
      throw new IllegalStateException("the engine must not be asked again");
    });
    assertThat(noEngine.retryOnce(question(9, "Frage"), failure.unsent())).isEmpty();
    assertThat(sender.sent()).isEqualTo(failure.unsent());
    assertThat(ledger.state(9)).isEqualTo(State.COMPLETED);
  }

  @Test
  void aGivenUpUpdateIsNeverClaimedAgain() {
    ExactlyOnceHandler handler = handler(q -> fixed("Antwort"));
    handler.giveUp(8, "test");
    assertThat(handler.retryOnce(question(8, "Frage"), List.of())).isEmpty();
    assertThat(sender.sent()).isEmpty();
  }

  private static Answer fixed(String body) {
    return new Answer(Answer.Kind.FIXED, body, List.of(), List.of(), 1, "de");
  }
}
