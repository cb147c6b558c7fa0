package de.halle.smartcity.answer;

/**
 * A logistic model that turns retrieval signals into the probability that the evidence answers the question; the
 * weights were fitted on the integreat-qa train split (label: the answer holds an annotated answer line; questions
 * without an answer count as negatives).
 *
 * @param bias intercept
 * @param score weight of the ranking model's score of the best sentence
 * @param coverage weight of the share of question words covered by the answer sentences, neighbours and title
 * @param documentCoverage weight of the share covered anywhere in the answer's release
 * @param dense weight of the dense similarity of question and answer passage
 * @param unknown weight of the share of question words no release uses
 */
public record Confidence(
    double bias, double score, double coverage, double documentCoverage, double dense, double unknown) {

  /** The fitted defaults. */
  public static Confidence defaults() {
    return new Confidence(-4.0, 0.5, 4.0, 1.0, 1.0, -3.0);
  }

  /** The probability in [0, 1] that the evidence answers the question. */
  public double of(Signals signals) {
    double z = bias + score * signals.score() + coverage * signals.coverage()
        + documentCoverage * signals.documentCoverage() + dense * signals.dense() + unknown * signals.unknown();
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The signals for one answer candidate.
   *
   * @param score the ranking model's score of the best sentence
   * @param coverage share of question words covered by the answer sentences, neighbours and title
   * @param documentCoverage share covered anywhere in the answer's release
   * @param dense dense similarity of question and answer passage
   * @param unknown share of question words no release uses
   */
  public record Signals(double score, double coverage, double documentCoverage, double dense, double unknown) {

    /** The signals in declaration order. */
    public double[] toArray() {
      return new double[] {score, coverage, documentCoverage, dense, unknown};
    }
  }
}
