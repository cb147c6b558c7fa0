package de.halle.smartcity.eval;

import java.util.List;
import java.util.Objects;

/**
 * One line of an eval question file (the format of {@code halle_dev_questions.jsonl}).
 *
 * @param id unique id
 * @param question the question text
 * @param expect strings that must all occur in the answer (empty when unused)
 * @param expectAny strings of which one must occur in the answer (empty when unused)
 * @param abstain true when the right reply is a decline
 */
public record EvalQuestion(String id, String question, List<String> expect, List<String> expectAny, boolean abstain) {

  public EvalQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    expect = List.copyOf(expect == null ? List.of() : expect);
    expectAny = List.copyOf(expectAny == null ? List.of() : expectAny);
    if (!abstain && expect.isEmpty() && expectAny.isEmpty()) {
      throw new IllegalArgumentException("question " + id + " needs expect, expect_any or abstain");
    }
  }
}
