package de.halle.smartcity.retrieval;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeddings on disk, keyed by the SHA-256 of the embedded text, so a restart does not recompute them. One
 * append-only file per model; a torn last record (crash while writing) is ignored. Thread-safe.
 */
public final class EmbeddingCache {

  private static final int KEY_BYTES = 32;

  private final Path file;
  private final int dimension;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

  private EmbeddingCache(Path file, int dimension) {
    this.file = file;
    this.dimension = dimension;
  }

  /** Opens (or starts) the cache file {@code embeddings-<model>.bin} in the directory; null dir = memory only. */
  public static EmbeddingCache open(Path directory, String model, int dimension) {
    if (dimension <= 0) {
      throw new IllegalArgumentException("dimension must be > 0 but was " + dimension);
    }
    Path file = directory == null ? null : directory.resolve("embeddings-" + model + ".bin");
    EmbeddingCache cache = new EmbeddingCache(file, dimension);
    cache.load();
    return cache;
  }

  /** The cached vector for a text, if any. */
  public Optional<float[]> get(String text) {
    return Optional.ofNullable(vectors.get(key(text)));
  }

  /** Number of cached vectors. */
  public int size() {
    return vectors.size();
  }

  /** Stores vectors for texts and appends them to the file. */
  public synchronized void putAll(Map<String, float[]> textToVector) {
    if (textToVector.isEmpty()) {
      return;
    }
    ByteBuffer record = ByteBuffer.allocate(KEY_BYTES + 4 * dimension).order(ByteOrder.LITTLE_ENDIAN);
    try (OutputStream out = file == null ? OutputStream.nullOutputStream() : Files.newOutputStream(file,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
      for (Map.Entry<String, float[]> entry : textToVector.entrySet()) {
        float[] vector = entry.getValue();
        if (vector.length != dimension) {
          throw new IllegalArgumentException("vector must have " + dimension + " dimensions but had " + vector.length);
        }
        String key = key(entry.getKey());
        if (vectors.putIfAbsent(key, vector) == null) {
          record.clear();
          record.put(HexFormat.of().parseHex(key));
          record.asFloatBuffer().put(vector);
          data.write(record.array());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to embedding cache " + file, e);
    }
  }

  private void load() {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        return;
      }
      ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
      int recordBytes = KEY_BYTES + 4 * dimension;
      byte[] key = new byte[KEY_BYTES];
      while (all.remaining() >= recordBytes) {
        all.get(key);
        float[] vector = new float[dimension];
        all.asFloatBuffer().get(vector);
        all.position(all.position() + 4 * dimension);
        vectors.put(HexFormat.of().formatHex(key), vector);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding cache " + file, e);
    }
  }

  static String key(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
