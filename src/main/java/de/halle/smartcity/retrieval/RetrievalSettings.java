package de.halle.smartcity.retrieval;

/**
 * The knobs of hybrid retrieval, tuned on the integreat-qa train/dev splits.
 *
 * @param sentenceCandidates how many sentences BM25 returns
 * @param documentCandidates how many documents BM25 returns
 * @param expandedDocuments how many of the best documents contribute all their sentences as candidates
 * @param partWeight query weight of a compound part relative to a question word
 * @param synonymWeight query weight of a synonym relative to a question word
 * @param relatedWeight query weight of a thesaurus synonym relative to a question word
 * @param numberBoost query weight factor for numbers such as years
 * @param denseDocumentWeight weight of the dense document ranking when it is fused with the BM25 one
 */
public record RetrievalSettings(
    int sentenceCandidates,
    int documentCandidates,
    int expandedDocuments,
    double partWeight,
    double synonymWeight,
    double relatedWeight,
    double numberBoost,
    double denseDocumentWeight) {

  public RetrievalSettings {
    if (sentenceCandidates < 1 || documentCandidates < 1 || expandedDocuments < 0) {
      throw new IllegalArgumentException("candidate counts must be positive but got " + sentenceCandidates
          + ", " + documentCandidates + ", " + expandedDocuments);
    }
  }

  /** The tuned defaults. */
  public static RetrievalSettings defaults() {
    return new RetrievalSettings(100, 20, 5, 0.6, 0.35, 0.2, 1.5, 1.0);
  }
}
