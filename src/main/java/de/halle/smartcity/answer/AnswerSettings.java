package de.halle.smartcity.answer;

/**
 * The knobs of answering, tuned on the integreat-qa train/dev splits.
 *
 * @param maxChars the longest reply text (body and source lines) a citizen gets
 * @param neighbourMargin a neighbour joins the answer when its ranking score is at most this much (log-odds) below the
 *     best sentence's
 * @param minConfidence answers below this calibrated confidence are declined
 * @param minConfidenceEnglish the same for English questions, whose glossary translation adds noise
 */
public record AnswerSettings(int maxChars, double neighbourMargin, double minConfidence, double minConfidenceEnglish) {

  public AnswerSettings {
    if (maxChars < 100 || neighbourMargin < 0 || minConfidence < 0 || minConfidence > 1
        || minConfidenceEnglish < 0 || minConfidenceEnglish > 1) {
      throw new IllegalArgumentException("need maxChars >= 100, neighbourMargin >= 0, confidences in [0, 1] but got "
          + maxChars + ", " + neighbourMargin + ", " + minConfidence + ", " + minConfidenceEnglish);
    }
  }

  /** The tuned defaults. */
  public static AnswerSettings defaults() {
    return new AnswerSettings(600, 2.0, 0.3, 0.4);
  }
}
