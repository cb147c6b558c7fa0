package de.halle.smartcity.retrieval;

import java.util.Objects;

/**
 * A candidate sentence with the signals that ranked it.
 *
 * @param document the document the sentence is in
 * @param sentence index of the sentence in the document
 * @param bm25 the sentence's BM25 score with its context (0 when only its document was found)
 * @param documentScore the BM25 score of the whole document (0 when the document was not among the best)
 * @param dense cosine similarity of the question and the sentence's passage
 * @param fused the ranking model's score the candidates are ordered by
 * @param features the signals the score was computed from
 */
public record Evidence(EmbeddedDocument document, int sentence, double bm25, double documentScore, double dense,
    double fused, SentenceFeatures features) {

  public Evidence {
    Objects.requireNonNull(document, "document");
    if (sentence < 0 || sentence >= document.document().sentences().size()) {
      throw new IllegalArgumentException("sentence " + sentence + " is not in " + document.file());
    }
  }

  /** The verbatim sentence. */
  public String text() {
    return document.document().sentences().get(sentence);
  }

  /** The knowledge file. */
  public String file() {
    return document.file();
  }
}
