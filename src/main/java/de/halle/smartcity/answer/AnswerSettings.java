package de.halle.smartcity.answer;

/**
 * The knobs of answering, tuned on the integreat-qa train/dev splits.
 *
 * @param maxChars the longest reply text (body and source lines) a citizen gets
 * @param neighbourMargin a neighbour joins the answer when its ranking score is at most this much (log-odds) below the
 *     best sentence's
 * @param minConfidence answers whose evidence score ({@link Confidence#evidence}) is below this are declined
 * @param minConfidenceEnglish the same for English questions (as low as for German ones since the German alternatives
 *     of an English word count as one question word and English answers get the same noun check)
 * @param ownCoverageWeight bonus (log-odds) for the share of the question covered by a sentence, its heading and title
 *     when the answer sentence is chosen
 * @param askedTypeWeight bonus (log-odds) for a sentence holding the kind of fact asked for (a number, a date)
 * @param minOwnCoverage answers whose sentence (with heading and title) covers less of the question are declined
 * @param otherReleaseMargin another release's best complete sentence is quoted too when its ranking score is at most
 *     this much (log-odds) below the answer sentence's
 */
public record AnswerSettings(int maxChars, double neighbourMargin, double minConfidence, double minConfidenceEnglish,
    double ownCoverageWeight, double askedTypeWeight, double minOwnCoverage, double otherReleaseMargin) {

  public AnswerSettings {
    if (maxChars < 100 || neighbourMargin < 0 || otherReleaseMargin < 0 || minConfidence < 0 || minConfidence > 1
        || minConfidenceEnglish < 0 || minConfidenceEnglish > 1 || minOwnCoverage < 0 || minOwnCoverage > 1) {
      throw new IllegalArgumentException("need maxChars >= 100, margins >= 0, confidences and coverage in [0, 1]"
          + " but got " + maxChars + ", " + neighbourMargin + ", " + otherReleaseMargin + ", " + minConfidence + ", "
          + minConfidenceEnglish + ", " + minOwnCoverage);
    }
  }

  /** The tuned defaults. */
  public static AnswerSettings defaults() {
    return new AnswerSettings(600, 1.0, 0.3, 0.3, 1.0, 0.5, 0.2, 2.0);
  }
}
