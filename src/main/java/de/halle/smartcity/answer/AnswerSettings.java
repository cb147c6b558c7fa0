package de.halle.smartcity.answer;

/**
 * The knobs of answering, tuned on the integreat-qa train/dev splits.
 *
 * @param maxChars the longest reply text (body and source lines) a citizen gets
 * @param neighbourShare a neighbour joins the best sentence when its fused score reaches this share of the best
 * @param minConfidence answers below this calibrated confidence are declined
 */
public record AnswerSettings(int maxChars, double neighbourShare, double minConfidence) {

  public AnswerSettings {
    if (maxChars < 100 || neighbourShare <= 0 || minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("need maxChars >= 100, neighbourShare > 0, minConfidence in [0, 1] but got "
          + maxChars + ", " + neighbourShare + ", " + minConfidence);
    }
  }

  /** The tuned defaults. */
  public static AnswerSettings defaults() {
    return new AnswerSettings(600, 2.0, 0.3);
  }
}
