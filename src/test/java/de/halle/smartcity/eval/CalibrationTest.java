package de.halle.smartcity.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalibrationTest {

  private static Calibration.Reply right(double confidence) {
    return new Calibration.Reply(confidence, true, true);
  }

  private static Calibration.Reply wrong(double confidence) {
    return new Calibration.Reply(confidence, true, false);
  }

  private static Calibration.Reply declined(double confidence) {
    return new Calibration.Reply(confidence, false, false);
  }

  /** Answers 0.9 right, 0.7 wrong, 0.6 right, 0.2 wrong; declines at 0.4 and 0. */
  private static final List<Calibration.Reply> TABLE =
      List.of(right(0.9), wrong(0.7), right(0.6), wrong(0.2), declined(0.4), declined(0));

  @Test
  void theBrierScoreIsTheMeanSquaredGapOfConfidenceAndOutcomeOverTheAnswers() {
    // (0.1² + 0.7² + 0.4² + 0.2²) / 4 = (0.01 + 0.49 + 0.16 + 0.04) / 4
    assertThat(Calibration.of(TABLE, 5).brier()).isCloseTo(0.175, within(1e-12));
    assertThat(Calibration.of(TABLE, 5).answered()).isEqualTo(4);
  }

  @Test
  void theAnsweredAucComparesRightAnswersWithWrongOnes() {
    // 0.9 > 0.7, 0.9 > 0.2, 0.6 < 0.7, 0.6 > 0.2: 3 of 4 pairs
    assertThat(Calibration.of(TABLE, 5).answeredAuc()).isEqualTo(0.75);
  }

  @Test
  void theOverallAucComparesRightAnswersWithEveryOtherReplyDeclinesIncluded() {
    // 0.9 beats 0.7, 0.2, 0.4, 0; 0.6 beats 0.2, 0.4, 0 but not 0.7: 7 of 8 pairs
    assertThat(Calibration.of(TABLE, 5).overallAuc()).isEqualTo(0.875);
  }

  @Test
  void tiesCountHalfAndAnAucWithoutBothGroupsIsUndefined() {
    assertThat(Calibration.of(List.of(right(0.5), wrong(0.5)), 5).answeredAuc()).isEqualTo(0.5);
    Calibration onlyRight = Calibration.of(List.of(right(0.5), declined(0.1)), 5);
    assertThat(onlyRight.answeredAuc()).isNaN();
    assertThat(onlyRight.overallAuc()).isEqualTo(1);
  }

  static Stream<Arguments> groups() {
    return Stream.of(
        Arguments.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2}, 1.0),
        Arguments.of(new double[] {0.1, 0.2}, new double[] {0.9, 0.8}, 0.0),
        Arguments.of(new double[] {0.5, 0.5}, new double[] {0.5}, 0.5),
        Arguments.of(new double[] {0.9, 0.3}, new double[] {0.5, 0.1}, 0.75),
        Arguments.of(new double[] {0.4}, new double[] {0.4, 0.2, 0.6}, 0.5));
  }

  @ParameterizedTest
  @MethodSource("groups")
  void aucIsTheShareOfPairsTheScoreOrdersRightTiesCountingHalf(double[] higher, double[] lower, double expected) {
    assertThat(Calibration.auc(higher, lower)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void anAucOfScoresWithAnEmptyGroupIsUndefined() {
    assertThat(Calibration.auc(new double[] {0.3}, new double[0])).isNaN();
    assertThat(Calibration.auc(new double[0], new double[] {0.3})).isNaN();
  }

  @Test
  void theReliabilityTableBinsTheAnswersByConfidenceWithTheirMeanAndShareRight() {
    List<Calibration.Bin> bins = Calibration.of(TABLE, 5).bins();

    assertThat(bins).extracting(Calibration.Bin::count).containsExactly(0, 1, 0, 2, 1);
    assertThat(bins.get(3).meanConfidence()).isCloseTo(0.65, within(1e-12));
    assertThat(bins.get(3).rightShare()).isEqualTo(0.5);
    assertThat(bins.get(1).rightShare()).isZero();
    assertThat(Calibration.of(List.of(right(1)), 5).bins().get(4).count()).isEqualTo(1);
  }

  @Test
  void printsTheSummaryAndTheNonEmptyBins() {
    assertThat(Calibration.of(TABLE, 5).lines()).containsExactly(
        "answered=4 brier=0.1750 auc_answered=0.750 auc_overall=0.875",
        "confidence=[0.2,0.4) n=1 mean=0.200 right=0.000",
        "confidence=[0.6,0.8) n=2 mean=0.650 right=0.500",
        "confidence=[0.8,1.0] n=1 mean=0.900 right=1.000");
    assertThat(Calibration.of(List.of(declined(0.3)), 5).lines())
        .containsExactly("answered=0 brier=n/a auc_answered=n/a auc_overall=n/a");
  }

  @Test
  void anEvalAnswerIsRightWhenTheScorerDidNotFailItsQuestion() {
    Source source = new Source("Mitteilung", LocalDate.of(2024, 1, 2), "https://example.org/m", "m.md");
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("a", new Answer(Answer.Kind.ANSWERED, "Ja.", List.of("Ja."), List.of(source), 0.8, "de"));
    answers.put("b", new Answer(Answer.Kind.ANSWERED, "Nein.", List.of("Nein."), List.of(source), 0.3, "de"));
    answers.put("c", new Answer(Answer.Kind.DECLINED, "Weiß nicht.", List.of(), List.of(), 0.1, "de"));
    EvalScore score = new EvalScore(0.5, 0, 1 / 3.0, 3, List.of("b", "c"));

    assertThat(Calibration.replies(answers, score))
        .containsExactly(right(0.8), wrong(0.3), declined(0.1));
  }

  @Test
  void aReplyNeedsAConfidenceInTheUnitIntervalAndOnlyAnAnswerCanBeRight() {
    assertThatThrownBy(() -> right(1.5)).hasMessageContaining("confidence must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> new Calibration.Reply(0.5, false, true)).hasMessageContaining("a right decline");
    assertThatThrownBy(() -> Calibration.of(TABLE, 0)).hasMessageContaining("at least one bin but got 0");
  }
}
