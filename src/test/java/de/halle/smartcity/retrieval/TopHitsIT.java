package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopHitsIT {

  private static final RetrievalSettings SETTINGS = RetrievalSettings.defaults();

  @Test
  void givesTheFullSortsHitsAndScoresForXquadAndStaffQuestionsAtEveryLimit(@TempDir Path cache) throws IOException {
    List<KnowledgeDocument> documents = new ArrayList<>();
    documents.addAll(new KnowledgeFolder(Path.of("src/test/resources/eval/xquad-de/knowledge")).load().documents());
    documents.addAll(new KnowledgeFolder(Path.of("knowledge")).load().documents());
    PassageEmbedder embedder = new PassageEmbedder(BoundedMiniLmEmbeddingModel.create(),
        EmbeddingCache.open(cache, BoundedMiniLmEmbeddingModel.NAME, BoundedMiniLmEmbeddingModel.DIMENSION));
    HybridRetriever retriever = new HybridRetriever(embedder, SETTINGS, RankingModel.defaults());
    List<Integer> limits = List.of(1, 2, 5, 10, SETTINGS.documentCandidates(), SETTINGS.sentenceCandidates());
    int[] compared = new int[2];
    try (KnowledgeIndex index = index(embedder, documents)) {
      index.read(view -> {
        for (String question : questions()) {
          Map<String, Double> terms = retriever.weights(view.analysis().queryTerms(question));
          for (int limit : limits) {
            for (boolean sentences : List.of(true, false)) {
              compared[bothWaysAgree(view, terms, limit, sentences) ? 1 : 0]++;
            }
          }
        }
        return null;
      });
    }
    System.out.printf("TopHitsIT: %d searches by score, %d sorted fully%n", compared[0], compared[1]);
    assertThat(compared[0] + compared[1]).as("searches").isGreaterThan(10_000);
    assertThat(compared[1]).as("searches that had to sort fully").isPositive().isLessThan(compared[0] / 10);
  }

  private static boolean bothWaysAgree(IndexView view, Map<String, Double> terms, int limit, boolean sentences) {
    try {
      List<TopHits> both = view.bothWays(terms, limit, sentences);
      TopHits collected = both.get(0);
      TopHits sorted = both.get(1);
      assertThat(collected.files()).as("files for %s", terms).containsExactly(sorted.files());
      assertThat(collected.ordinals()).as("sentences for %s", terms).containsExactly(sorted.ordinals());
      assertThat(bits(collected.scores())).as("scores for %s", terms).containsExactly(bits(sorted.scores()));
      return collected.sortedFully();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int[] bits(float[] scores) {
    int[] bits = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      bits[i] = Float.floatToRawIntBits(scores[i]);
    }
    return bits;
  }

  private static KnowledgeIndex index(PassageEmbedder embedder, List<KnowledgeDocument> documents) {
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    KnowledgeIndex index = new KnowledgeIndex(LanguageResources.load(Path.of("knowledge/synonyms.txt")), embedder,
        splitter::split);
    index.rebuild(new KnowledgeSnapshot(documents, List.of(), Instant.now()));
    return index;
  }

  private static List<String> questions() {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> tests = Files.list(Path.of("knowledge/tests"))) {
      List<Path> files = new ArrayList<>(tests.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList());
      files.add(Path.of("src/test/resources/eval/xquad-de/questions.jsonl"));
      List<String> questions = new ArrayList<>();
      for (Path file : files) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            questions.add(json.readTree(line).get("q").asText());
          }
        }
      }
      return questions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
