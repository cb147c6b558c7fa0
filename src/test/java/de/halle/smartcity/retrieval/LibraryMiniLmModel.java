package de.halle.smartcity.retrieval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * langchain4j's own encoder ({@code OnnxBertBiEncoder}) with the session settings the project's caches were built
 * with: the reference {@link OnnxMiniLmEncoder} must match. Embeds in the calling thread.
 */
final class LibraryMiniLmModel extends AbstractInProcessEmbeddingModel {
  private static final OnnxBertBiEncoder ENCODER = load();

  LibraryMiniLmModel() {
    super(Runnable::run);
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return ENCODER;
  }

  private static OnnxBertBiEncoder load() {
    ClassLoader loader = LibraryMiniLmModel.class.getClassLoader();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        InputStream model = loader.getResourceAsStream("all-minilm-l6-v2-q.onnx");
        InputStream tokenizer = loader.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      return new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer,
          PoolingMode.MEAN);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
