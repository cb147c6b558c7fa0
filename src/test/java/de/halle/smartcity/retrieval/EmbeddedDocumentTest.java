package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which question words count for a sentence through its heading and title. */
class EmbeddedDocumentTest {

  private final GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

  @Test
  void titlesTownDoesNotCountForASentenceAboutTheOtherTownTheTitleNames() {
    EmbeddedDocument document = embedded("Hadorf in Arland: die jüngste Partnerstadt von Musterstadt",
        "Hadorf in Arland ist seit 2023 Partnerstadt von Musterstadt.",
        "Die Städtepartnerschaft zwischen Musterstadt und Hadorf wurde 2023 unterzeichnet.",
        "Hadorf in Zahlen",
        "Angaben zur Einwohnerzahl von Hadorf weichen voneinander ab.",
        "Begegnungen",
        "Die erste Bürgerreise war für den 28. September 2024 angesetzt.");
    String town = term("Musterstadt");

    assertThat(document.ownContains(2, town)).isFalse();
    assertThat(document.aboutOtherName(2, town)).isTrue();
    assertThat(document.ownContains(3, town)).isTrue();
    assertThat(document.aboutOtherName(3, town)).isFalse();
    assertThat(document.ownContains(0, town)).isTrue();
  }

  @Test
  void titlesDestinationCountsForASentenceAboutTheTravellingTownTheReleaseNeverJoinsItWith() {
    EmbeddedDocument document = embedded("Musterstadt reist zur Konferenz nach Aheim",
        "Die Stadt Musterstadt nimmt an der Konferenz in Aheim teil.",
        "Der Stadt Musterstadt entstehen für Reise und Teilnahme keine Kosten.");
    String destination = term("Aheim");

    assertThat(document.ownContains(1, destination)).isTrue();
    assertThat(document.aboutOtherName(1, destination)).isFalse();
  }

  @Test
  void titlesDestinationDoesNotCountForASentenceOpeningWithTheTravellingTown() {
    EmbeddedDocument document = embedded("Musterstadt reist zur Konferenz nach Aheim",
        "Die Stadt Musterstadt nimmt an der Konferenz in Aheim teil.",
        "Musterstadt hat 240.000 Einwohner.");

    assertThat(document.ownContains(1, term("Aheim"))).isFalse();
  }

  @Test
  void titlesTownsJoinedOnlyInTheTitleCompeteToo() {
    EmbeddedDocument document = embedded("Musterstadt und Aheim schließen eine Partnerschaft",
        "Musterstadt hat 240.000 Einwohner.", "Aheim hat 120.000 Einwohner.");

    assertThat(document.ownContains(1, term("Musterstadt"))).isFalse();
  }

  @Test
  void headingsNameDoesNotCountForASentenceAboutAnotherNameOfTheHeading() {
    EmbeddedDocument document = embedded("Partnerstädte und befreundete Städte von Musterstadt",
        "Musterstadt hat drei Partnerstädte.",
        "Keine Partnerstädte: Dorfen, Efeld und Fehausen",
        "Dorfen, Efeld und Fehausen sind keine Partnerstädte von Musterstadt.",
        "Fehausen ist seit dem 28. Mai 2003 Partnerstadt von Gestadt.",
        "Im Rathaus gibt es dazu eine Ausstellung.");
    String town = term("Dorfen");

    assertThat(document.ownContains(1, town)).isTrue();
    assertThat(document.ownContains(2, town)).isFalse();
    assertThat(document.aboutOtherName(2, town)).isTrue();
    assertThat(document.ownContains(3, town)).isTrue();
  }

  @Test
  void commonNounTheReleaseWritesWithAnArticlePicksNoSubject() {
    EmbeddedDocument document = embedded("Der Bescheid vom Amt Xamt",
        "Einige Zeit nach der Anhörung beim Xamt erhalten Sie den Bescheid.",
        "Ihr Bescheid",
        "Im Bescheid steht, wie entschieden wurde.");

    assertThat(document.ownContains(1, term("Xamt"))).isTrue();
    assertThat(document.names(1, analysis)).isEmpty();
    assertThat(document.names(0, analysis)).isEmpty();
  }

  @Test
  void titleNounWrittenWithArticleAndAdjectiveStillCountsBesideTheTitlesName() {
    EmbeddedDocument document = embedded("Xplan: der digitale Zwilling für die Stadtentwicklung",
        "In einem Wettbewerb wurden 11 Pilotkommunen ausgewählt, die Xplan sechs Monate lang testen.");

    assertThat(document.ownContains(0, term("Zwilling"))).isTrue();
  }

  @Test
  void allNamesOfASentenceKeepANameTheGeneralVocabularyKnowsWhichTheDistinctNamesLeaveOut() {
    EmbeddedDocument document = embedded("Partnerstädte von Musterstadt",
        "Fehausen ist seit 2003 Partnerstadt von Magdeburg.");

    assertThat(document.names(0, analysis)).containsExactly(term("Fehausen"));
    assertThat(document.allNames(0, analysis)).containsExactly(term("Fehausen"), term("Magdeburg"));
  }

  private String term(String word) {
    return analysis.indexTerms(word).get(0);
  }

  private EmbeddedDocument embedded(String title, String... paragraphs) {
    KnowledgeDocument release = new KnowledgeDocument("r.md", title, LocalDate.of(2024, 9, 16),
        "https://example.org/r.md", List.of(), "", null, List.of(paragraphs), "hash");
    IndexedDocument indexed = IndexedDocument.of(release, GermanSentenceSplitter.withBundledAbbreviations()::split);
    return EmbeddedDocument.of(indexed, new float[indexed.passages().size()][], analysis);
  }
}
