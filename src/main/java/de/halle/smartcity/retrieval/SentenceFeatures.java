package de.halle.smartcity.retrieval;

/**
 * The signals that rank one candidate sentence, each scaled to about [0, 1] within the question's candidates.
 *
 * @param bm25 the sentence's BM25 (with neighbours and title) over the best sentence's
 * @param documentBm25 its document's whole-text BM25 over the best document's
 * @param dense similarity of question and the sentence's passage, minus the lowest among the candidates
 * @param documentDense the best passage similarity in its document, minus the lowest among the candidates
 * @param sentenceCoverage weighted share of question words in the sentence
 * @param windowCoverage weighted share of question words in the sentence, its neighbours and the title
 * @param documentCoverage weighted share of question words anywhere in its document
 * @param titleCoverage weighted share of question words in its document's title
 */
public record SentenceFeatures(
    double bm25,
    double documentBm25,
    double dense,
    double documentDense,
    double sentenceCoverage,
    double windowCoverage,
    double documentCoverage,
    double titleCoverage) {

  /** The features in declaration order, for a linear model. */
  public double[] toArray() {
    return new double[] {bm25, documentBm25, dense, documentDense, sentenceCoverage, windowCoverage, documentCoverage,
        titleCoverage};
  }
}
