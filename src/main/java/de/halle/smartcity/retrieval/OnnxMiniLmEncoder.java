package de.halle.smartcity.retrieval;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a BERT sentence encoder (all-MiniLM-L6-v2) in ONNX Runtime exactly as langchain4j's {@code OnnxBertBiEncoder}
 * does (same token windows, inputs, mean pooling, window weighting and normalisation, so the same vectors), but
 * tokenizes each text once. The library tokenizes a text, turns each window of tokens back into text, tokenizes that
 * again to check the round trip and encodes it a third time; whenever the round trip holds, the ids it encodes are
 * the ids of the first tokenization, which this encoder uses directly. The round trip held for every text we tried
 * ({@code OnnxMiniLmEncoderTest} compares the vectors bit for bit). The bundled tokenizer cuts every text at 128
 * tokens, so with it a text is always one window. Thread-safe.
 */
final class OnnxMiniLmEncoder {

  /** A window's tokens without its [CLS] and [SEP] (512 - 2), as in the library. */
  private static final int MAX_WINDOW = 510;
  private static final String TOKEN_TYPES = "token_type_ids";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean needsTokenTypes;

  /** An encoder over a loaded model session and the model's {@code tokenizer.json}. */
  OnnxMiniLmEncoder(OrtEnvironment environment, OrtSession session, InputStream tokenizerJson) throws IOException {
    this.environment = environment;
    this.session = session;
    this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
    this.needsTokenTypes = session.getInputNames().contains(TOKEN_TYPES);
  }

  /** A text's vector and how many tokens it had, not counting [CLS] and [SEP] (as the library counts). */
  record Encoded(float[] vector, int tokens) {}

  /** The unit vector of a text: the token-weighted mean of its windows' mean-pooled vectors. */
  Encoded encode(String text) {
    Encoding encoding = tokenizer.encode(text, true, false);
    String[] tokens = encoding.getTokens();
    long[] ids = encoding.getIds();
    List<int[]> windows = windows(tokens);
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
    }
    List<float[]> vectors = new ArrayList<>(windows.size());
    for (int[] window : windows) {
      vectors.add(run(ids, window[0], window[1]));
    }
    return new Encoded(normalize(weightedAverage(vectors, windows)), tokens.length - 2);
  }

  /**
   * The library's windows over the tokens between [CLS] and [SEP]: at most {@value #MAX_WINDOW} tokens each, never
   * ending inside a word (before a "##" piece); each as {from, to}.
   */
  static List<int[]> windows(String[] tokens) {
    List<int[]> windows = new ArrayList<>();
    int from = 1;
    while (from < tokens.length - 1) {
      int to = from + MAX_WINDOW;
      if (to >= tokens.length - 1) {
        to = tokens.length - 1;
      } else {
        while (tokens[to].startsWith("##")) {
          to--;
        }
      }
      windows.add(new int[] {from, to});
      from = to;
    }
    return windows;
  }

  /** Runs the model on [CLS], ids[from, to), [SEP] and mean-pools its token vectors. */
  private float[] run(long[] ids, int from, int to) {
    int length = to - from + 2;
    long[] input = new long[length];
    input[0] = ids[0];
    System.arraycopy(ids, from, input, 1, to - from);
    input[length - 1] = ids[ids.length - 1];
    long[] mask = new long[length];
    Arrays.fill(mask, 1L);
    long[] shape = {1, length};
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
        OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[length]), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", inputIds);
      inputs.put("attention_mask", attention);
      if (needsTokenTypes) {
        inputs.put(TOKEN_TYPES, types);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        OnnxTensor output = (OnnxTensor) result.get(0);
        long[] outputShape = output.getInfo().getShape();
        return meanPool(output.getFloatBuffer(), (int) outputShape[1], (int) outputShape[2]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a text of " + length + " tokens", e);
    }
  }

  /** The mean of the token vectors, summed token by token in float as the library does. */
  private static float[] meanPool(FloatBuffer vectors, int count, int dimension) {
    float[] mean = new float[dimension];
    for (int t = 0; t < count; t++) {
      int offset = t * dimension;
      for (int j = 0; j < dimension; j++) {
        mean[j] += vectors.get(offset + j);
      }
    }
    for (int j = 0; j < dimension; j++) {
      mean[j] /= count;
    }
    return mean;
  }

  /** The windows' vectors weighted by their token counts (the single window's vector as it is). */
  private static float[] weightedAverage(List<float[]> vectors, List<int[]> windows) {
    if (vectors.size() == 1) {
      return vectors.get(0);
    }
    float[] average = new float[vectors.get(0).length];
    int total = 0;
    for (int i = 0; i < vectors.size(); i++) {
      int weight = windows.get(i)[1] - windows.get(i)[0];
      total += weight;
      for (int j = 0; j < average.length; j++) {
        average[j] += vectors.get(i)[j] * weight;
      }
    }
    for (int j = 0; j < average.length; j++) {
      average[j] /= total;
    }
    return average;
  }

  private static float[] normalize(float[] vector) {
    float sumSquare = 0;
    for (float v : vector) {
      sumSquare += v * v;
    }
    float norm = (float) Math.sqrt(sumSquare);
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] / norm;
    }
    return unit;
  }
}
