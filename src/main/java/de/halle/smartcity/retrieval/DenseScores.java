package de.halle.smartcity.retrieval;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The dense similarities of one question to the passages of the documents retrieval looks at, each cosine computed
 * once per question (a document's best passage, its passages' average and every sentence of it draw on the same
 * values). Not thread-safe: one instance per question.
 */
final class DenseScores {

  private final float[] unitQuestion;
  private final Map<EmbeddedDocument, double[]> cosines = new IdentityHashMap<>();
  private final Map<EmbeddedDocument, Double> averages = new IdentityHashMap<>();

  DenseScores(float[] unitQuestion) {
    this.unitQuestion = unitQuestion;
  }

  /** The similarity of the document's best passage (-1 for a document without passages). */
  double bestPassage(EmbeddedDocument document) {
    double max = -1;
    for (double cosine : cosines(document)) {
      max = Math.max(max, cosine);
    }
    return max;
  }

  /** As {@link EmbeddedDocument#similarity}: the sentence's passage, or the average past the embedded lead. */
  double sentence(EmbeddedDocument document, int sentence) {
    int passage = document.document().passageOf(sentence);
    return passage >= 0 ? cosines(document)[passage] : averages.computeIfAbsent(document, this::average);
  }

  private double average(EmbeddedDocument document) {
    double sum = 0;
    for (double cosine : cosines(document)) {
      sum += cosine;
    }
    return sum / document.passageVectors().length;
  }

  private double[] cosines(EmbeddedDocument document) {
    return cosines.computeIfAbsent(document, d -> {
      float[][] passages = d.passageVectors();
      double[] values = new double[passages.length];
      for (int p = 0; p < passages.length; p++) {
        values[p] = PassageEmbedder.cosine(unitQuestion, passages[p]);
      }
      return values;
    });
  }
}
