package de.halle.smartcity.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns passages and questions into unit-length vectors with an in-process embedding model, reusing the on-disk
 * cache so only new text is embedded. Thread-safe.
 */
public final class PassageEmbedder {

  private static final int BATCH = 64;

  private final EmbeddingModel model;
  private final EmbeddingCache cache;

  public PassageEmbedder(EmbeddingModel model, EmbeddingCache cache) {
    this.model = model;
    this.cache = cache;
  }

  /** The vectors of all passages of a document, computing (and caching) the missing ones. */
  public float[][] passages(IndexedDocument document) {
    return passages(List.of(document)).get(0);
  }

  /** The passage vectors of many documents, embedding the missing passages in batches. */
  public List<float[][]> passages(List<IndexedDocument> documents) {
    List<String> missing = new ArrayList<>();
    for (IndexedDocument document : documents) {
      for (int p = 0; p < document.passages().size(); p++) {
        String text = document.passageForEmbedding(p);
        if (cache.get(text).isEmpty()) {
          missing.add(text);
        }
      }
    }
    for (int from = 0; from < missing.size(); from += BATCH) {
      embedAndCache(missing.subList(from, Math.min(missing.size(), from + BATCH)));
    }
    List<float[][]> result = new ArrayList<>(documents.size());
    for (IndexedDocument document : documents) {
      float[][] vectors = new float[document.passages().size()][];
      for (int p = 0; p < vectors.length; p++) {
        String text = document.passageForEmbedding(p);
        vectors[p] = cache.get(text).orElseThrow(() -> new IllegalStateException("not embedded: " + text));
      }
      result.add(vectors);
    }
    return result;
  }

  /** The unit vector of a question (not cached). */
  public float[] question(String text) {
    return unit(model.embed(text).content().vector());
  }

  private void embedAndCache(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    List<Embedding> embeddings = model.embedAll(segments).content();
    Map<String, float[]> batch = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      batch.put(texts.get(i), unit(embeddings.get(i).vector()));
    }
    cache.putAll(batch);
  }

  /** Cosine similarity of two unit vectors (four running sums, so the CPU can overlap the additions). */
  static double cosine(float[] a, float[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
    float[] out = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      out[i] = vector[i] * scale;
    }
    return out;
  }
}
