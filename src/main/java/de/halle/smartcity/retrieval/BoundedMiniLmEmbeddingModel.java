package de.halle.smartcity.retrieval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.DimensionAwareEmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * langchain4j's quantized all-MiniLM-L6-v2 (the same model files, tokenizer and pooling, so the same vectors) run
 * so that it does not oversubscribe the CPU: each ONNX run uses one thread and does not spin-wait, and
 * {@code embedAll} spreads texts over a pool with one daemon worker per core. The library's default session uses
 * one spinning ONNX thread per core inside each of its per-core workers, which costs about 40% more CPU per text.
 * Texts are tokenized once ({@link OnnxMiniLmEncoder}), not three times as in the library. Thread-safe.
 */
public final class BoundedMiniLmEmbeddingModel extends DimensionAwareEmbeddingModel {

  /** The cache name of this model's vectors: identical to the library model's, so caches stay valid. */
  public static final String NAME = "all-minilm-l6-v2-q";
  /** The vector length. */
  public static final int DIMENSION = 384;

  private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private final Executor executor;

  private BoundedMiniLmEmbeddingModel(Executor executor) {
    this.executor = executor;
  }

  /** The model with one embedding worker per available core. */
  public static BoundedMiniLmEmbeddingModel create() {
    return create(Runtime.getRuntime().availableProcessors());
  }

  /** The model with the given number of embedding workers (idle workers end after a second). */
  public static BoundedMiniLmEmbeddingModel create(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1 but was " + workers);
    }
    ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "embedding-worker");
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return new BoundedMiniLmEmbeddingModel(pool);
  }

  /** The texts' vectors in their order: one text in the calling thread, more spread over the workers. */
  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("segments cannot be null or empty");
    }
    List<OnnxMiniLmEncoder.Encoded> encoded;
    if (segments.size() == 1) {
      encoded = List.of(Encoder.INSTANCE.encode(segments.get(0).text()));
    } else {
      List<CompletableFuture<OnnxMiniLmEncoder.Encoded>> futures = segments.stream()
          .map(segment -> CompletableFuture.supplyAsync(() -> Encoder.INSTANCE.encode(segment.text()), executor))
          .toList();
      encoded = futures.stream().map(CompletableFuture::join).toList();
    }
    int tokens = encoded.stream().mapToInt(OnnxMiniLmEncoder.Encoded::tokens).sum();
    return Response.from(encoded.stream().map(e -> Embedding.from(e.vector())).toList(), new TokenUsage(tokens));
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSION;
  }

  /** Loads the encoder once per process, on first use (the model is 23 MB and immutable once loaded). */
  private static final class Encoder {
    static final OnnxMiniLmEncoder INSTANCE = load();

    private static OnnxMiniLmEncoder load() {
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
          InputStream tokenizer = resource(TOKENIZER_RESOURCE)) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        byte[] model;
        try (InputStream in = resource(MODEL_RESOURCE)) {
          model = in.readAllBytes();
        }
        return new OnnxMiniLmEncoder(environment, environment.createSession(model, options), tokenizer);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model from the jar", e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot start the embedding model: " + e.getMessage(), e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = BoundedMiniLmEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("embedding model resource missing from the class path: " + name);
      }
      return in;
    }
  }
}
