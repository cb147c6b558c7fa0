package de.halle.smartcity.retrieval;

import java.util.Objects;

/**
 * An indexed document together with the unit vectors of its passages.
 *
 * @param document the document cut into sentences and passages
 * @param passageVectors one unit vector per passage, in passage order
 */
public record EmbeddedDocument(IndexedDocument document, float[][] passageVectors) {

  public EmbeddedDocument {
    Objects.requireNonNull(document, "document");
    if (passageVectors.length != document.passages().size()) {
      throw new IllegalArgumentException("need one vector per passage (" + document.passages().size()
          + ") but got " + passageVectors.length + " for " + document.file());
    }
  }

  /** The file name, the key for per-file replacement. */
  public String file() {
    return document.file();
  }

  /** The vector of the passage a sentence belongs to. */
  public float[] vectorOfSentence(int sentence) {
    return passageVectors[document.passageOf(sentence)];
  }
}
