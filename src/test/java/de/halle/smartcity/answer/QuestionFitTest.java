package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionFitTest {

  @ParameterizedTest(name = "share {0}, subject {1}, class noun {2} -> {3}")
  @CsvSource({
      "0.0, true, true, false",
      "0.1, false, false, false",
      "0.59, false, false, false",
      "0.6, false, false, true",
      "0.1, true, false, true",
      "0.1, false, true, true",
      "1.0, false, false, true"})
  void neighbourHoldsTheQuestionOnlyWithItsSubjectItsClassNounOrAFairShareOfIt(
      double held, boolean namesSubject, boolean namesClass, boolean holds) {
    assertThat(QuestionFit.holdsQuestionWord(held, namesSubject, namesClass)).isEqualTo(holds);
  }
}
