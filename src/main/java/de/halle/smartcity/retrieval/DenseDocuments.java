package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * All passage vectors of one index generation in one flat array, for a brute-force dense search over every
 * document (a document scores its best passage). Immutable.
 */
final class DenseDocuments {

  private final float[] vectors;
  private final int[] documentOf;
  private final List<String> files;
  private final int dimension;

  private DenseDocuments(float[] vectors, int[] documentOf, List<String> files, int dimension) {
    this.vectors = vectors;
    this.documentOf = documentOf;
    this.files = files;
    this.dimension = dimension;
  }

  static DenseDocuments of(Collection<EmbeddedDocument> documents) {
    int passages = 0;
    int dimension = 0;
    for (EmbeddedDocument document : documents) {
      passages += document.passageVectors().length;
      dimension = document.passageVectors()[0].length;
    }
    float[] vectors = new float[passages * dimension];
    int[] documentOf = new int[passages];
    List<String> files = new ArrayList<>(documents.size());
    int p = 0;
    for (EmbeddedDocument document : documents) {
      for (float[] vector : document.passageVectors()) {
        System.arraycopy(vector, 0, vectors, p * dimension, dimension);
        documentOf[p++] = files.size();
      }
      files.add(document.file());
    }
    return new DenseDocuments(vectors, documentOf, files, dimension);
  }

  /** The {@code limit} documents whose best passage is most similar to the unit query vector, best first. */
  Map<String, Double> top(float[] query, int limit) {
    double[] best = new double[files.size()];
    java.util.Arrays.fill(best, -2);
    for (int p = 0; p < documentOf.length; p++) {
      double dot = 0;
      int offset = p * dimension;
      for (int i = 0; i < dimension; i++) {
        dot += query[i] * vectors[offset + i];
      }
      best[documentOf[p]] = Math.max(best[documentOf[p]], dot);
    }
    PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> Double.compare(best[a], best[b]));
    for (int d = 0; d < best.length; d++) {
      heap.add(d);
      if (heap.size() > limit) {
        heap.poll();
      }
    }
    List<Integer> order = new ArrayList<>(heap);
    order.sort((a, b) -> Double.compare(best[b], best[a]));
    Map<String, Double> top = new LinkedHashMap<>();
    order.forEach(d -> top.put(files.get(d), best[d]));
    return top;
  }
}
