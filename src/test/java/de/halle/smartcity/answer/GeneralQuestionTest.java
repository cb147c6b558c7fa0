package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.retrieval.BoundedMiniLmEmbeddingModel;
import de.halle.smartcity.retrieval.EmbeddingCache;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.HybridRetriever;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.KnowledgeIndex;
import de.halle.smartcity.retrieval.LanguageResources;
import de.halle.smartcity.retrieval.PassageEmbedder;
import de.halle.smartcity.retrieval.QueryTerm;
import de.halle.smartcity.retrieval.RankingModel;
import de.halle.smartcity.retrieval.RetrievalSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneralQuestionTest {

  private static final String MAKES = "Die Stadt Musterstadt macht das Parken einfacher.";
  private static final String PARTNER = "Aheim ist seit 2023 Partnerstadt der Stadt Musterstadt.";

  @TempDir
  static Path cache;

  private static KnowledgeIndex index;
  private static HybridRetriever retriever;
  private final GeneralQuestion general = new GeneralQuestion(new ExpiryNote(Clock.systemUTC()));

  @BeforeAll
  static void index() {
    PassageEmbedder embedder = new PassageEmbedder(BoundedMiniLmEmbeddingModel.create(),
        EmbeddingCache.open(cache, "all-minilm-l6-v2-q", 384));
    index = new KnowledgeIndex(LanguageResources.load(null), embedder,
        GermanSentenceSplitter.withBundledAbbreviations()::split);
    index.rebuild(new KnowledgeSnapshot(List.of(
        release("parken.md", "Parken in Musterstadt", LocalDate.of(2024, 6, 11), MAKES),
        release("partner.md", "Aheim wird Partnerstadt von Musterstadt", LocalDate.of(2024, 9, 16), PARTNER),
        release("gewerbe.md", "Gewerbegebiet in Musterstadt", LocalDate.of(2021, 1, 31),
            "Das Gewerbegebiet der Stadt Musterstadt ist 120 Hektar groß."),
        release("bibliothek.md", "Die Stadtbibliothek Musterstadt", LocalDate.of(2020, 5, 2),
            "Die Stadtbibliothek der Stadt Musterstadt ist montags geöffnet."),
        release("digitaltag.md", "Digitaltag der Stadt Musterstadt", LocalDate.of(2024, 3, 7),
            "Der Digitaltag der Stadt Musterstadt fand im Planetarium statt."),
        release("app.md", "Apps in Musterstadt", LocalDate.of(2025, 8, 20),
            "Die App „Unser Musterstadt“ zeigt Nachrichten und Wetter.")),
        List.of(), Instant.now()));
    retriever = new HybridRetriever(embedder, RetrievalSettings.defaults(), RankingModel.defaults());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void anAnswerNamingOnlyWordsMostReleasesUseDoesNotAnswerAQuestionSpecificThroughAnotherWord() {
    index.read(view -> {
      List<QueryTerm> terms = retriever.retrieve("Was macht die Stadt Musterstadt?", view).terms();

      assertThat(general.answerNamesTopic(terms, view, evidence(PARTNER, view))).isFalse();
      assertThat(general.answerNamesTopic(terms, view, evidence(MAKES, view))).isTrue();
      return null;
    });
  }

  @Test
  void aQuestionOfCommonWordsAloneOrWithoutAnAnswerIsNotHeldBack() {
    index.read(view -> {
      List<QueryTerm> terms = retriever.retrieve("Stadt Musterstadt", view).terms();

      assertThat(general.answerNamesTopic(terms, view, evidence(PARTNER, view))).isTrue();
      assertThat(general.answerNamesTopic(terms, view, null)).isTrue();
      return null;
    });
  }

  @Test
  void aNameOpeningWithAStopWordMakesTheQuestionSpecificWhenAReleaseUsesIt() {
    index.read(view -> {
      assertThat(general.scope(retriever.retrieve("Was ist Unser Musterstadt?", view).terms(), view))
          .isEqualTo(GeneralQuestion.Scope.SPECIFIC);
      assertThat(general.scope(retriever.retrieve("Was ist Ihr Musterstadt?", view).terms(), view))
          .isEqualTo(GeneralQuestion.Scope.TOO_GENERAL);
      return null;
    });
  }

  private static Evidence evidence(String sentence, IndexView view) {
    return retriever.retrieve(sentence, view).candidates().stream().filter(e -> e.text().equals(sentence))
        .findFirst().orElseThrow();
  }
}
