package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Equal-scoring sentences in several files: the ranking must not depend on the order the files were indexed in. */
class HybridRetrieverTest {

  private static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private static final String TEXT = "Das Schwimmbad schließt im Winter. Die Sauna bleibt offen.";

  private static KnowledgeDocument twin(String file) {
    return new KnowledgeDocument(file, "Bäder in der Stadt", LocalDate.of(2024, 1, 1), "https://example.org/" + file,
        List.of(), "", null, List.of(TEXT), Integer.toHexString(TEXT.hashCode()));
  }

  /** Indexes the files one by one in the given order (Lucene numbers entries in the order they are added). */
  private static <T> T indexedInOrder(Function<IndexView, T> reading, String... files) {
    try (KnowledgeIndex index = new KnowledgeIndex(LanguageResources.load(null), embedder(),
        p -> List.of(p.split("(?<=\\.) ")))) {
      index.sync(new KnowledgeSnapshot(Arrays.stream(files).map(HybridRetrieverTest::twin).toList(), List.of(),
          Instant.now()));
      return index.read(reading);
    }
  }

  private static PassageEmbedder embedder() {
    return new PassageEmbedder(MODEL, EmbeddingCache.open(null, "test", 384));
  }

  private static List<String> bestSentence(IndexView view) {
    return view.sentences(Map.of("schwimmbad", 1.0), 1).stream().map(hit -> hit.file() + "#" + hit.sentence())
        .toList();
  }

  private static List<String> bestDocument(IndexView view) {
    return List.copyOf(view.documents(Map.of("schwimmbad", 1.0), 1).keySet());
  }

  private static String bestEvidence(IndexView view) {
    Evidence best = new HybridRetriever(embedder(), RetrievalSettings.defaults(), RankingModel.defaults())
        .retrieve("Wann schließt das Schwimmbad?", view).candidates().get(0);
    return best.file() + "#" + best.sentence();
  }

  @Test
  void aTieAtTheSentenceCutGoesToTheFirstFileByNameWhateverTheIndexingOrder() {
    assertThat(indexedInOrder(HybridRetrieverTest::bestSentence, "c.md", "b.md", "a.md"))
        .containsExactly("a.md#0");
    assertThat(indexedInOrder(HybridRetrieverTest::bestSentence, "a.md", "c.md", "b.md"))
        .containsExactly("a.md#0");
  }

  @Test
  void aTieAtTheDocumentCutGoesToTheFirstFileByNameWhateverTheIndexingOrder() {
    assertThat(indexedInOrder(HybridRetrieverTest::bestDocument, "c.md", "b.md", "a.md"))
        .containsExactly("a.md");
    assertThat(indexedInOrder(HybridRetrieverTest::bestDocument, "b.md", "a.md", "c.md"))
        .containsExactly("a.md");
  }

  @Test
  void identicalFilesGiveTheSameBestEvidenceWhateverTheIndexingOrder() {
    assertThat(indexedInOrder(HybridRetrieverTest::bestEvidence, "b.md", "a.md")).isEqualTo("a.md#0");
    assertThat(indexedInOrder(HybridRetrieverTest::bestEvidence, "a.md", "b.md")).isEqualTo("a.md#0");
  }
}
