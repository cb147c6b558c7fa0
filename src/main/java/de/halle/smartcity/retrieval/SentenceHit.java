package de.halle.smartcity.retrieval;

import java.util.Objects;

/**
 * A sentence found by BM25.
 *
 * @param file the knowledge file
 * @param sentence the sentence's index in the document
 * @param score the BM25 score of the sentence with its context
 */
public record SentenceHit(String file, int sentence, double score) {

  public SentenceHit {
    Objects.requireNonNull(file, "file");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0 but was " + sentence);
    }
  }
}
