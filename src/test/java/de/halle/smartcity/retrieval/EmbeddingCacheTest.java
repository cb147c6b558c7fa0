package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

  @Test
  void vectorsSurviveAReopen(@TempDir Path dir) {
    EmbeddingCache.open(dir, "m", 3).putAll(Map.of("Satz eins.", new float[] {1, 2, 3}));

    EmbeddingCache reopened = EmbeddingCache.open(dir, "m", 3);

    assertThat(reopened.get("Satz eins.")).hasValueSatisfying(v -> assertThat(v).containsExactly(1, 2, 3));
    assertThat(reopened.get("Satz zwei.")).isEmpty();
  }

  @Test
  void tornLastRecordIsIgnored(@TempDir Path dir) throws Exception {
    EmbeddingCache.open(dir, "m", 2).putAll(Map.of("a", new float[] {1, 2}));
    Files.write(dir.resolve("embeddings-m.bin"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);

    EmbeddingCache reopened = EmbeddingCache.open(dir, "m", 2);

    assertThat(reopened.size()).isEqualTo(1);
  }

  @Test
  void storingTheSameTextTwiceWritesItOnce(@TempDir Path dir) throws Exception {
    EmbeddingCache cache = EmbeddingCache.open(dir, "m", 2);
    cache.putAll(Map.of("a", new float[] {1, 2}));
    long size = Files.size(dir.resolve("embeddings-m.bin"));

    cache.putAll(Map.of("a", new float[] {1, 2}));

    assertThat(Files.size(dir.resolve("embeddings-m.bin"))).isEqualTo(size);
  }
}
