package de.halle.smartcity.cli;

import java.util.List;
import java.util.Objects;

/**
 * The result of scoring a question file.
 *
 * @param questions how many questions were scored
 * @param summary the score line, e.g. {@code answer_acc=1.000 abstain_acc=1.000 overall=1.000 n=12}
 * @param failures one line per question answered wrongly, e.g. {@code FAIL dev-who | Wer ...? | answered=False | ...}
 */
public record Scorecard(int questions, String summary, List<String> failures) {

  public Scorecard {
    Objects.requireNonNull(summary, "summary");
    failures = List.copyOf(failures);
    if (questions < 0 || failures.size() > questions) {
      throw new IllegalArgumentException(
          "need 0 <= failures <= questions but got " + failures.size() + " failures of " + questions);
    }
  }

  /** True when every question was answered correctly. */
  public boolean passed() {
    return failures.isEmpty();
  }
}
