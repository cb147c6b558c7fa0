package de.halle.smartcity.eval;

import java.util.List;
import java.util.Locale;

/**
 * The result of scoring answers against a question set.
 *
 * @param answerAccuracy share of answerable questions answered correctly
 * @param abstainAccuracy share of unanswerable questions declined
 * @param overall share of all questions handled correctly
 * @param count number of questions
 * @param failures ids of the questions handled wrongly
 */
public record EvalScore(double answerAccuracy, double abstainAccuracy, double overall, int count,
    List<String> failures) {

  public EvalScore {
    failures = List.copyOf(failures);
  }

  /** The summary line, exactly as {@code score.py} prints it. */
  public String line() {
    return String.format(Locale.ROOT, "answer_acc=%.3f abstain_acc=%.3f overall=%.3f n=%d",
        answerAccuracy, abstainAccuracy, overall, count);
  }
}
