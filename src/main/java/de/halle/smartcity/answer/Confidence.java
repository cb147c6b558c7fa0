package de.halle.smartcity.answer;

/**
 * A logistic model that turns retrieval signals into the probability that the evidence answers the question; the
 * weights were fitted on the integreat-qa train split.
 *
 * @param bias intercept
 * @param coverage weight of the share of question words covered by the answer and its title
 * @param sentenceCoverage weight of the share covered by the answer sentences alone
 * @param dense weight of the dense similarity of question and answer passage
 * @param unknown weight of the share of question words no release uses
 */
public record Confidence(double bias, double coverage, double sentenceCoverage, double dense, double unknown) {

  /** The fitted defaults. */
  public static Confidence defaults() {
    return new Confidence(-4.0, 6.0, 1.0, 2.0, -3.0);
  }

  /** The probability in [0, 1] that the evidence answers the question. */
  public double of(Signals signals) {
    double z = bias + coverage * signals.coverage() + sentenceCoverage * signals.sentenceCoverage()
        + dense * signals.dense() + unknown * signals.unknown();
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The signals for one answer candidate.
   *
   * @param coverage share of question words covered by the answer sentences, neighbours and title
   * @param sentenceCoverage share covered by the answer sentences alone
   * @param dense dense similarity of question and answer passage
   * @param unknown share of question words no release uses
   */
  public record Signals(double coverage, double sentenceCoverage, double dense, double unknown) {}
}
