package de.halle.smartcity.answer;

/**
 * A logistic model that turns evidence coverage into the probability that the answer holds what was asked; the
 * weights were fitted on the integreat-qa train split (label: the answer holds an annotated answer line; questions
 * without an answer count as negatives). An answer covering the question's words well scores high; one whose release
 * covers them much better than the chosen sentences do scores low, because the answer is elsewhere.
 *
 * @param bias intercept
 * @param coverage weight of the share of question words covered by the answer sentences, their neighbours and title
 * @param documentCoverage weight of the share covered anywhere in the answer's release
 */
public record Confidence(double bias, double coverage, double documentCoverage) {

  /** The fitted defaults. */
  public static Confidence defaults() {
    return new Confidence(-1.350, 5.111, -3.325);
  }

  /** The probability in [0, 1] that the evidence answers the question; 0 when a distinctive word is missing. */
  public double of(Signals signals) {
    if (!signals.distinctiveCovered()) {
      return 0;
    }
    double z = bias + coverage * signals.coverage() + documentCoverage * signals.documentCoverage();
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The signals for one answer candidate.
   *
   * @param coverage share of question words covered by the answer sentences, neighbours and title
   * @param documentCoverage share covered anywhere in the answer's release
   * @param distinctiveCovered whether the answer covers every number and every word no release uses
   */
  public record Signals(double coverage, double documentCoverage, boolean distinctiveCovered) {}
}
