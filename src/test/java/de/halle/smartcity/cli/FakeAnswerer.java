package de.halle.smartcity.cli;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.answer.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An answerer for CLI tests: "Hallo" gets a fixed reply, questions containing "Kosten" are answered from a fixed test
 * release, everything else is declined. It records the questions it was asked.
 */
final class FakeAnswerer implements QuestionAnswerer, AutoCloseable {

  static final Source SOURCE =
      new Source("Testmitteilung", LocalDate.of(2023, 4, 21), "https://example.org/test", "test.md");

  private final List<Question> asked = new ArrayList<>();
  private boolean closed;

  @Override
  public synchronized Answer answer(Question question) {
    asked.add(question);
    if (question.text().equals("Hallo")) {
      return new Answer(Answer.Kind.FIXED, "Hallo! Fragen Sie mich.", List.of(), List.of(), 1, "de");
    }
    if (question.text().contains("Kosten")) {
      return new Answer(
          Answer.Kind.ANSWERED,
          "Für die Stadt entstehen keine Kosten.",
          List.of("Für die Stadt entstehen keine Kosten."),
          List.of(SOURCE),
          0.875,
          "de");
    }
    return new Answer(
        Answer.Kind.DECLINED, "Dazu steht nichts in den Pressemitteilungen.", List.of(), List.of(SOURCE), 0.125,
        "de");
  }

  synchronized List<Question> asked() {
    return List.copyOf(asked);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  synchronized boolean closed() {
    return closed;
  }
}
