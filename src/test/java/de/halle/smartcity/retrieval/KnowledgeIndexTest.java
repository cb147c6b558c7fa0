package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeChange;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeIndexTest {

  private static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();

  /** Counts how many texts the real model embeds. */
  private static final class CountingModel implements EmbeddingModel {
    final AtomicInteger embedded = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      embedded.addAndGet(segments.size());
      return MODEL.embedAll(segments);
    }
  }

  private static KnowledgeDocument document(String file, String text) {
    return new KnowledgeDocument(file, "Titel " + file, LocalDate.of(2024, 1, 1), "https://example.org/" + file,
        List.of(), "", null, List.of(text), Integer.toHexString(text.hashCode()));
  }

  private static KnowledgeSnapshot snapshot(KnowledgeDocument... documents) {
    return new KnowledgeSnapshot(List.of(documents), List.of(), Instant.now());
  }

  private static KnowledgeIndex index(Path cache, CountingModel model) {
    return new KnowledgeIndex(LanguageResources.load(null),
        new PassageEmbedder(model, EmbeddingCache.open(cache, "test", 384)), p -> List.of(p.split("(?<=\\.) ")));
  }

  private static List<String> found(KnowledgeIndex index, String term) {
    return index.read(view -> view.sentences(java.util.Map.of(term, 1.0), 10).stream()
        .map(hit -> hit.file() + "#" + hit.sentence()).toList());
  }

  @Test
  void changedFileIsReindexedAloneAndItsOldSentencesAreGone(@TempDir Path cache) {
    CountingModel model = new CountingModel();
    KnowledgeIndex index = index(cache, model);
    index.rebuild(snapshot(document("a.md", "Die Bibliothek öffnet um neun Uhr."),
        document("b.md", "Das Schwimmbad schließt im Winter.")));
    int embeddedAtStart = model.embedded.get();

    int touched = index.sync(snapshot(document("a.md", "Die Bibliothek öffnet um zehn Uhr."),
        document("b.md", "Das Schwimmbad schließt im Winter.")));

    assertThat(touched).isEqualTo(1);
    assertThat(model.embedded.get() - embeddedAtStart).isEqualTo(1);
    assertThat(found(index, "neun")).isEmpty();
    assertThat(found(index, "zehn")).containsExactly("a.md#0");
    assertThat(found(index, "schwimmbad")).containsExactly("b.md#0");
  }

  @Test
  void removedFileDisappears(@TempDir Path cache) {
    KnowledgeIndex index = index(cache, new CountingModel());
    index.rebuild(snapshot(document("a.md", "Die Bibliothek öffnet um neun Uhr."),
        document("b.md", "Das Schwimmbad schließt im Winter.")));

    index.sync(snapshot(document("a.md", "Die Bibliothek öffnet um neun Uhr.")));

    assertThat(found(index, "schwimmbad")).isEmpty();
    assertThat(index.read(IndexView::files)).containsExactly("a.md");
  }

  @Test
  void reloadChangeIsAppliedFileByFile(@TempDir Path cache) {
    KnowledgeIndex index = index(cache, new CountingModel());
    KnowledgeSnapshot before = snapshot(document("a.md", "Die Bibliothek öffnet um neun Uhr."),
        document("b.md", "Das Schwimmbad schließt im Winter."));
    index.rebuild(before);
    KnowledgeSnapshot after = snapshot(document("a.md", "Die Bibliothek öffnet um zehn Uhr."),
        document("c.md", "Der Zoo hat einen neuen Eingang."));

    index.apply(KnowledgeChange.between(before, after, List.of("a.md", "b.md", "c.md")));

    assertThat(index.read(IndexView::files)).containsExactlyInAnyOrder("a.md", "c.md");
    assertThat(found(index, "neun")).isEmpty();
    assertThat(found(index, "zoo")).containsExactly("c.md#0");
  }

  @Test
  void readersNeverSeeAHalfAppliedReplace(@TempDir Path cache) throws Exception {
    KnowledgeIndex index = index(cache, new CountingModel());
    KnowledgeDocument nine = document("a.md", "Die Bibliothek öffnet um neun Uhr.");
    KnowledgeDocument ten = document("a.md", "Die Bibliothek öffnet um zehn Uhr.");
    index.rebuild(snapshot(nine));
    AtomicInteger inconsistent = new AtomicInteger();
    Thread reader = new Thread(() -> {
      for (int i = 0; i < 2_000; i++) {
        index.read(view -> {
          String text = view.document("a.md").document().sentences().get(0);
          String hit = view.sentences(java.util.Map.of(text.contains("neun") ? "neun" : "zehn", 1.0), 1).isEmpty()
              ? "" : "hit";
          return hit.isEmpty() ? inconsistent.incrementAndGet() : 0;
        });
      }
    });
    reader.start();
    for (int i = 0; i < 50; i++) {
      index.replace(i % 2 == 0 ? ten : nine);
    }
    reader.join();

    assertThat(inconsistent).hasValue(0);
  }

  @Test
  void restartReusesCachedEmbeddings(@TempDir Path cache) {
    KnowledgeSnapshot snapshot = snapshot(document("a.md", "Die Bibliothek öffnet um neun Uhr. Sie hat viele Bücher."));
    index(cache, new CountingModel()).rebuild(snapshot);
    CountingModel afterRestart = new CountingModel();

    index(cache, afterRestart).rebuild(snapshot);

    assertThat(afterRestart.embedded.get()).isZero();
  }

  @Test
  void compoundInTheReleaseIsFoundByItsPartAfterARebuild(@TempDir Path cache) {
    KnowledgeIndex index = index(cache, new CountingModel());
    index.rebuild(snapshot(document("a.md", "Die Abschlusskonferenz findet im April statt."),
        document("b.md", "Die Konferenz der Bürgermeister tagt jährlich.")));

    List<QueryTerm> terms = index.read(view -> view.analysis().queryTerms("Konferenz"));

    assertThat(found(index, terms.get(0).term())).containsExactlyInAnyOrder("a.md#0", "b.md#0");
  }
}
