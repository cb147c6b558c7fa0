package de.halle.smartcity.answer;

/**
 * Two logistic models over an answer's evidence, fitted on the integreat-qa train split: the evidence score that
 * decides declines ({@link #evidence}) and the calibrated probability that an answer is right ({@link #of}), which is
 * what staff see as the answer's confidence. The evidence score is high when the answer covers the question's words
 * and low when its release covers them much better than the chosen sentences do (the answer is elsewhere); its label
 * was "the draft holds an annotated answer line", questions without an answer counting as negatives. The probability
 * was fitted on the answered questions only (label: the scorer counts the answer): among drafts that pass the evidence
 * score coverage no longer tells right from wrong, while the anchor's ranking score and its lead over the best
 * sentence of any other release do.
 *
 * @param bias intercept of the evidence score
 * @param coverage weight of the share of question words covered by the answer sentences, their neighbours and title
 * @param documentCoverage weight of the share covered anywhere in the answer's release
 * @param rightBias intercept of the probability of a right answer
 * @param anchorScore weight of the anchor's ranking score (log-odds)
 * @param releaseLead weight of the anchor's lead over the best candidate of another release, capped at
 *     {@value #MAX_LEAD}
 */
public record Confidence(double bias, double coverage, double documentCoverage, double rightBias, double anchorScore,
    double releaseLead) {

  /** The lead over other releases beyond which a larger one counts the same; also the lead when there is none. */
  public static final double MAX_LEAD = 3;

  /** The fitted defaults. */
  public static Confidence defaults() {
    return new Confidence(-1.350, 5.111, -3.325, 0.770, 0.747, 0.580);
  }

  /**
   * The evidence score in [0, 1] that decides declines ({@link AnswerSettings#minConfidence}); 0 when a distinctive
   * word is missing.
   */
  public double evidence(Signals signals) {
    if (!signals.distinctiveCovered()) {
      return 0;
    }
    return logistic(bias + coverage * signals.coverage() + documentCoverage * signals.documentCoverage());
  }

  /** The calibrated probability in [0, 1] that the answer is right; 0 when a distinctive word is missing. */
  public double of(Signals signals) {
    if (!signals.distinctiveCovered()) {
      return 0;
    }
    return logistic(rightBias + anchorScore * signals.anchorScore() + releaseLead * signals.cappedLead());
  }

  private static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The signals for one answer candidate.
   *
   * @param coverage share of question words covered by the answer sentences, neighbours and title
   * @param documentCoverage share covered anywhere in the answer's release
   * @param distinctiveCovered whether the answer covers every number and every word no release uses
   * @param anchorScore the anchor's ranking score (the retrieval's fused log-odds)
   * @param releaseLead the anchor's score minus the best score of a candidate from another release; {@link #MAX_LEAD}
   *     when no other release is among the candidates
   */
  public record Signals(double coverage, double documentCoverage, boolean distinctiveCovered, double anchorScore,
      double releaseLead) {

    /** A draft without evidence: nothing covered. */
    static Signals none() {
      return new Signals(0, 0, false, 0, 0);
    }

    double cappedLead() {
      return Math.min(MAX_LEAD, releaseLead);
    }
  }
}
