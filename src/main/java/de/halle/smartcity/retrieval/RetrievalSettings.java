package de.halle.smartcity.retrieval;

/**
 * The knobs of hybrid retrieval, tuned on the integreat-qa train/dev splits.
 *
 * @param sentenceCandidates how many sentences BM25 returns
 * @param documentCandidates how many documents BM25 returns
 * @param expandedDocuments how many of the best documents contribute all their sentences as candidates
 * @param partWeight query weight of a compound part relative to a question word
 * @param synonymWeight query weight of a synonym relative to a question word
 * @param numberBoost query weight factor for numbers such as years
 * @param sentenceWeight fusion weight of the sentence BM25 ranking
 * @param documentWeight fusion weight of the document BM25 ranking
 * @param denseWeight fusion weight of the dense ranking
 * @param fusionK the k of reciprocal rank fusion
 */
public record RetrievalSettings(
    int sentenceCandidates,
    int documentCandidates,
    int expandedDocuments,
    double partWeight,
    double synonymWeight,
    double numberBoost,
    double sentenceWeight,
    double documentWeight,
    double denseWeight,
    int fusionK) {

  public RetrievalSettings {
    if (sentenceCandidates < 1 || documentCandidates < 1 || expandedDocuments < 0 || fusionK < 0) {
      throw new IllegalArgumentException("candidate counts must be positive and k >= 0 but got " + sentenceCandidates
          + ", " + documentCandidates + ", " + expandedDocuments + ", k=" + fusionK);
    }
  }

  /** The tuned defaults. */
  public static RetrievalSettings defaults() {
    return new RetrievalSettings(100, 20, 3, 0.6, 0.35, 1.5, 1.0, 1.0, 1.0, 20);
  }
}
