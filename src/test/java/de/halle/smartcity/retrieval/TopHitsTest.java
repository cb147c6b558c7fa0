package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopHitsTest {

  @Test
  void ordersTiedHitsByFileWhetherOrNotAllTiesWereCollected(@TempDir Path cache) {
    List<KnowledgeDocument> documents = new ArrayList<>();
    for (int f = 30; f > 0; f--) {
      documents.add(document(String.format("f%02d.md", f), "Die Bibliothek öffnet um neun Uhr."));
    }
    documents.add(document("ä-umlaut.md", "Die Bibliothek öffnet um neun Uhr."));
    documents.add(document("a-other.md", "Das Bad schließt um neun Uhr."));
    PassageEmbedder embedder = new PassageEmbedder(BoundedMiniLmEmbeddingModel.create(),
        EmbeddingCache.open(cache, BoundedMiniLmEmbeddingModel.NAME, BoundedMiniLmEmbeddingModel.DIMENSION));
    List<String> tiedInFileOrder = new ArrayList<>();
    for (int f = 1; f <= 30; f++) {
      tiedInFileOrder.add(String.format("f%02d.md", f));
    }
    tiedInFileOrder.add("ä-umlaut.md");

    try (KnowledgeIndex index = index(embedder, documents)) {
      for (boolean sentences : List.of(true, false)) {
        for (int limit : List.of(70, 25, 3)) {
          List<TopHits> both = index.read(view -> bothWays(view, Map.of("bibliothek", 1.0), limit, sentences));

          assertThat(both.get(0).sortedFully()).as("limit %d", limit).isEqualTo(limit + TopHits.TIE_MARGIN <= 31);
          assertThat(both.get(0).files()).as("limit %d", limit)
              .containsExactlyElementsOf(tiedInFileOrder.subList(0, Math.min(limit, 31)))
              .containsExactly(both.get(1).files());
        }
      }
    }
  }

  private static List<TopHits> bothWays(IndexView view, Map<String, Double> terms, int limit, boolean sentences) {
    try {
      return view.bothWays(terms, limit, sentences);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KnowledgeIndex index(PassageEmbedder embedder, List<KnowledgeDocument> documents) {
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    KnowledgeIndex index = new KnowledgeIndex(LanguageResources.load(Path.of("knowledge/synonyms.txt")), embedder,
        splitter::split);
    index.rebuild(new KnowledgeSnapshot(documents, List.of(), Instant.now()));
    return index;
  }

  private static KnowledgeDocument document(String file, String text) {
    return new KnowledgeDocument(file, "Titel", LocalDate.of(2024, 1, 1), "https://example.org/" + file,
        List.of(), "", null, List.of(text), Integer.toHexString(text.hashCode()));
  }
}
