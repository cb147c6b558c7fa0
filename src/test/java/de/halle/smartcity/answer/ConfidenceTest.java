package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceTest {

  /** Evidence score 1, 1, 1; right answer: bias 1, score weight 2, lead weight 0.5. */
  private final Confidence model = new Confidence(1, 1, -1, 1, 2, 0.5);

  private static Confidence.Signals covered(double coverage, double documentCoverage, double score, double lead) {
    return new Confidence.Signals(coverage, documentCoverage, true, score, lead);
  }

  @ParameterizedTest(name = "score {0}, lead {1} -> z = {2}")
  @CsvSource({
      "0, 0, 1",        // bias alone
      "-1, 0, -1",      // 1 + 2 * -1
      "-1, 2, 0",       // 1 - 2 + 0.5 * 2
      "-1, 3, 0.5",     // the lead at its cap
      "-1, 9, 0.5",     // a larger lead counts as the cap
      "-1, -2, -2"})    // 1 - 2 + 0.5 * -2
  void theConfidenceIsTheLogisticOfTheAnchorScoreAndItsCappedLead(double score, double lead, double z) {
    assertThat(model.of(covered(1, 1, score, lead))).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-12));
  }

  @Test
  void theEvidenceScoreDependsOnTheCoverageOnly() {
    // z = 1 + 1 * 0 - 1 * 1
    assertThat(model.evidence(covered(0, 1, -3, 0))).isCloseTo(0.5, within(1e-12));
    assertThat(model.evidence(covered(0, 1, 2, 3))).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void fullyCoveredAnswersDifferInConfidenceByHowClearlyTheirReleaseLeads() {
    Confidence defaults = Confidence.defaults();
    Confidence.Signals contested = covered(1, 1, -1.2, 0.1);
    Confidence.Signals clear = covered(1, 1, -1.2, 2.0);

    assertThat(defaults.evidence(contested)).isEqualTo(defaults.evidence(clear));
    assertThat(defaults.of(clear)).isGreaterThan(defaults.of(contested) + 0.2);
  }

  @Test
  void aMissingDistinctiveWordMeansNoConfidenceAndNoEvidence() {
    Confidence.Signals missing = new Confidence.Signals(1, 1, false, 0, 3);

    assertThat(model.of(missing)).isZero();
    assertThat(model.evidence(missing)).isZero();
    assertThat(model.of(Confidence.Signals.none())).isZero();
  }
}
