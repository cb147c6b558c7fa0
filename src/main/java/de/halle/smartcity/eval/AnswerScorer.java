package de.halle.smartcity.eval;

import de.halle.smartcity.knowledge.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores answers exactly like the project's {@code score.py}: an answerable question is correct when it was
 * answered, every {@code expect} string (or one {@code expect_any} string) occurs in the answer after normalising
 * quotes, spaces and case, and the answer has at most {@value #MAX_CHARS} characters; an unanswerable one is
 * correct when it was declined.
 */
public final class AnswerScorer {

  /** The longest answer that can count as correct. */
  public static final int MAX_CHARS = 600;

  /**
   * One reply to score.
   *
   * @param answered whether the reply claims an answer
   * @param text the text the citizen sees
   */
  public record Reply(boolean answered, String text) {}

  /** Scores replies by question id; a missing reply counts as an empty decline. */
  public EvalScore score(List<EvalQuestion> questions, Map<String, Reply> replies) {
    int answerable = 0;
    int answeredRight = 0;
    int unanswerable = 0;
    int declinedRight = 0;
    List<String> failures = new ArrayList<>();
    for (EvalQuestion question : questions) {
      Reply reply = replies.getOrDefault(question.id(), new Reply(false, ""));
      boolean good;
      if (question.abstain()) {
        unanswerable++;
        good = !reply.answered();
        declinedRight += good ? 1 : 0;
      } else {
        answerable++;
        String text = reply.text();
        good = reply.answered() && hit(question, normalize(text)) && text.codePointCount(0, text.length()) <= MAX_CHARS;
        answeredRight += good ? 1 : 0;
      }
      if (!good) {
        failures.add(question.id());
      }
    }
    double answerAccuracy = answerable == 0 ? 0 : answeredRight / (double) answerable;
    double abstainAccuracy = unanswerable == 0 ? 0 : declinedRight / (double) unanswerable;
    double overall = (answeredRight + declinedRight) / (double) Math.max(1, answerable + unanswerable);
    return new EvalScore(answerAccuracy, abstainAccuracy, overall, answerable + unanswerable, failures);
  }

  private static boolean hit(EvalQuestion question, String text) {
    if (!question.expect().isEmpty()) {
      return question.expect().stream().allMatch(e -> text.contains(normalize(e)));
    }
    return question.expectAny().stream().anyMatch(e -> text.contains(normalize(e)));
  }

  /** Normalises like {@code score.py}: typographic quotes to ", no-break space to space, spaces collapsed, lower case. */
  static String normalize(String s) {
    return NormalizedText.of(s).value();
  }
}
