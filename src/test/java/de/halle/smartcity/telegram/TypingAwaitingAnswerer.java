package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import java.time.Duration;

/**
 * Plays a slow answer engine: a question containing {@link #SLOW} is answered (by the wrapped answerer, without the
 * marker) only once one more chat action arrived at the fake Bot API than had when the question came in (its answer
 * may still be on its way), or after 15 s; other questions are answered at once.
 */
final class TypingAwaitingAnswerer implements QuestionAnswerer {
  static final String SLOW = "⏳";
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final QuestionAnswerer answerer;
  private final FakeBotApi api;

  TypingAwaitingAnswerer(QuestionAnswerer answerer, FakeBotApi api) {
    this.answerer = answerer;
    this.api = api;
  }

  @Override
  public Answer answer(Question question) {
    if (!question.text().contains(SLOW)) {
      return answerer.answer(question);
    }
    try {
      api.awaitArrivals("sendchataction", api.arrivals("sendchataction") + 1, WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return answerer.answer(new Question(question.text().replace(SLOW, ""), question.recentQuestions()));
  }
}
