package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.retrieval.EmbeddedDocument;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.IndexedDocument;
import de.halle.smartcity.retrieval.LanguageResources;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which anchors are tried, and in what order, once the candidates are ranked. */
class AnchorOrderTest {

  private static final GermanAnalysis ANALYSIS = new GermanAnalysis(LanguageResources.load(null), List.of());

  private final List<Evidence> aheim = sentences("aheim.md", "Aheim hat 500 Einwohner.", "Aheim liegt am Fluss.",
      "Aheim hat eine Schule.");
  private final List<Evidence> beheim = sentences("beheim.md", "Beheim hat 700 Einwohner.", "Beheim liegt am See.",
      "Beheim hat einen Bahnhof.");

  @Test
  void withoutAFollowUpTheFirstFewAreTried() {
    AnchorOrder order = ordered(List.of(beheim.get(0), aheim.get(0), aheim.get(1), beheim.get(1)));

    assertThat(order.tried(3, null)).containsExactly(beheim.get(0), aheim.get(0), aheim.get(1));
    assertThat(order.tried(9, null)).hasSize(4);
  }

  @Test
  void aFollowUpTriesTheFirstFewOfItsReleaseThenTheFirstFewOfTheOthers() {
    AnchorOrder order = ordered(List.of(beheim.get(0), aheim.get(0), beheim.get(1), aheim.get(1), aheim.get(2),
        beheim.get(2)));

    assertThat(order.tried(2, "aheim.md")).containsExactly(aheim.get(0), aheim.get(1), beheim.get(0), beheim.get(1));
  }

  @Test
  void excludedCandidatesMoveBehindAllOthersKeepingTheOrderWithinEach() {
    AnchorOrder order = ordered(List.of(beheim.get(0), aheim.get(0), beheim.get(1), aheim.get(1)));

    AnchorOrder excluded = order.excludedLast(e -> e.file().equals("beheim.md"));

    assertThat(excluded.order()).containsExactly(aheim.get(0), aheim.get(1), beheim.get(0), beheim.get(1));
    assertThat(excluded.tried(2, null)).containsExactly(aheim.get(0), aheim.get(1));
  }

  @Test
  void excludingNoneKeepsTheOrderAsItIs() {
    AnchorOrder order = ordered(List.of(beheim.get(0), aheim.get(0)));

    assertThat(order.excludedLast(e -> false)).isSameAs(order);
  }

  private static AnchorOrder ordered(List<Evidence> order) {
    Predicate<Evidence> none = e -> false;
    return new AnchorOrder(order, e -> true, e -> true, e -> 1, e -> OptionalInt.empty(), none, none);
  }

  private static List<Evidence> sentences(String file, String... sentences) {
    KnowledgeDocument release = new KnowledgeDocument(file, "Release " + file, LocalDate.of(2024, 9, 16),
        "https://example.org/" + file, List.of(), "", null, List.of(String.join(" ", sentences)), "hash");
    IndexedDocument indexed = IndexedDocument.of(release, GermanSentenceSplitter.withBundledAbbreviations()::split);
    EmbeddedDocument document = EmbeddedDocument.of(indexed, new float[indexed.passages().size()][], ANALYSIS);
    return IntStream.range(0, sentences.length)
        .mapToObj(s -> new Evidence(document, s, 0, 0, 0, 1 - s * 0.1, null)).toList();
  }
}
