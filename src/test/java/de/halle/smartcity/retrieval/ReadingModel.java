package de.halle.smartcity.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An experiment's embedding model: embeds one or more readings of each text (as written, its English gloss) with a
 * model and concatenates their unit vectors scaled by 1/sqrt(readings), so the cosine of two such vectors is the
 * average of the readings' cosines. Thread-safe if the model is.
 */
final class ReadingModel implements EmbeddingModel {

  private final EmbeddingModel model;
  private final List<UnaryOperator<String>> readings;

  ReadingModel(EmbeddingModel model, List<UnaryOperator<String>> readings) {
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("need at least one reading but got none");
    }
    this.model = model;
    this.readings = List.copyOf(readings);
  }

  /** The vector length: the model's times the number of readings. */
  int dimension(int modelDimension) {
    return modelDimension * readings.size();
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    List<TextSegment> all = new ArrayList<>(segments.size() * readings.size());
    for (UnaryOperator<String> reading : readings) {
      segments.forEach(segment -> all.add(TextSegment.from(reading.apply(segment.text()))));
    }
    List<Embedding> vectors = model.embedAll(all).content();
    List<Embedding> joined = new ArrayList<>(segments.size());
    for (int s = 0; s < segments.size(); s++) {
      List<float[]> parts = new ArrayList<>(readings.size());
      for (int r = 0; r < readings.size(); r++) {
        parts.add(vectors.get(r * segments.size() + s).vector());
      }
      joined.add(Embedding.from(concatenated(parts)));
    }
    return Response.from(joined);
  }

  private static float[] concatenated(List<float[]> parts) {
    int length = parts.get(0).length;
    float[] out = new float[length * parts.size()];
    for (int p = 0; p < parts.size(); p++) {
      float[] part = parts.get(p);
      double norm = 0;
      for (float v : part) {
        norm += v * v;
      }
      double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm * parts.size());
      for (int i = 0; i < length; i++) {
        out[p * length + i] = (float) (part[i] * scale);
      }
    }
    return out;
  }
}
