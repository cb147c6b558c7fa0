package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesWithHeadingsTest {

  private static IndexedDocument document(String title, String... paragraphs) {
    KnowledgeDocument document = new KnowledgeDocument("a.md", title, LocalDate.of(2024, 1, 1), "https://x.de",
        List.of(), "", null, List.of(paragraphs), "hash");
    return IndexedDocument.of(document, GermanSentenceSplitter.withBundledAbbreviations()::split);
  }

  private static final IndexedDocument WOHNGELD = document("Wohngeld",
      "Wohngeld ist ein Zuschuss zur Miete.",
      "Wer bekommt kein Wohngeld?",
      "Personen mit Bürgergeld bekommen kein Wohngeld.",
      "Antragstellung",
      "Den Antrag stellen Sie beim Amt für Wohnen. Er ist kostenlos.");

  @Test
  void sentenceUnderAHeadingIsIntroducedByItOnce() {
    String text = SentencesWithHeadings.text(WOHNGELD, List.of(2, 3), "", 600);

    assertThat(text).isEqualTo("Antragstellung: Den Antrag stellen Sie beim Amt für Wohnen. Er ist kostenlos.");
  }

  @Test
  void headingEndingWithPunctuationGetsNoColon() {
    String text = SentencesWithHeadings.text(WOHNGELD, List.of(0, 1), "", 600);

    assertThat(text).isEqualTo("Wohngeld ist ein Zuschuss zur Miete. Wer bekommt kein Wohngeld? "
        + "Personen mit Bürgergeld bekommen kein Wohngeld.");
  }

  @Test
  void headingThatDoesNotFitTheBudgetIsLeftOutWhileALaterOneThatFitsIsShown() {
    String sentences = "Personen mit Bürgergeld bekommen kein Wohngeld. Den Antrag stellen Sie beim Amt für Wohnen.";

    String text =
        SentencesWithHeadings.text(WOHNGELD, List.of(1, 2), "", sentences.length() + "Antragstellung: ".length());

    assertThat(text).isEqualTo("Personen mit Bürgergeld bekommen kein Wohngeld. Antragstellung: "
        + "Den Antrag stellen Sie beim Amt für Wohnen.");
  }

  @Test
  void neededHeadingIsShownWhateverTheBudgetAndEvenInLowerCase() {
    IndexedDocument document = document("Musterpark",
        "Bänke am Musterweg",
        "Im Musterpark stehen zwölf Bänke.",
        "nur am Musterweg",
        "Im Musterpark gibt es einen Spielplatz.");
    String bench = "Im Musterpark stehen zwölf Bänke.";
    String playground = "Im Musterpark gibt es einen Spielplatz.";

    assertThat(SentencesWithHeadings.text(document, List.of(0), "Bänke am Musterweg", bench.length()))
        .isEqualTo("Bänke am Musterweg: " + bench);
    assertThat(SentencesWithHeadings.text(document, List.of(1), "nur am Musterweg", 600))
        .isEqualTo("nur am Musterweg: " + playground);
    assertThat(SentencesWithHeadings.text(document, List.of(1), "", 600)).isEqualTo(playground);
  }

  @Test
  void headingRepeatingTheTitleOrStartingInLowerCaseIsNotShown() {
    IndexedDocument document = document("Radfahren",
        "Radfahren",
        "Kurse gibt es für Anfängerinnen.",
        "nur mit Helm",
        "Bitte bringen Sie ein Fahrrad mit.");

    assertThat(SentencesWithHeadings.text(document, List.of(0, 1), "", 600))
        .isEqualTo("Kurse gibt es für Anfängerinnen. Bitte bringen Sie ein Fahrrad mit.");
  }

  @Test
  void headingWhoseWordsTheSentenceAlreadyUsesIsNotShown() {
    IndexedDocument document = document("Partnerstädte",
        "Keine Partnerstädte: Riga und Tartu",
        "Riga und Tartu sind keine Partnerstädte der Stadt.",
        "Besuche 2024",
        "Eine Delegation reiste im Mai nach Riga.");

    assertThat(SentencesWithHeadings.text(document, List.of(0, 1), "", 600))
        .isEqualTo("Riga und Tartu sind keine Partnerstädte der Stadt. Besuche 2024: Eine Delegation reiste im Mai nach "
            + "Riga.");
  }

  @Test
  void headingIsNotGluedBetweenTwoSentencesUnderIt() {
    IndexedDocument document = document("Partnerstädte",
        "Keine Partnerstädte: Riga und Tartu",
        "Riga und Tartu sind keine Partnerstädte der Stadt.",
        "Tartu ist seit 1996 Partnerstadt von Kassel.");

    assertThat(SentencesWithHeadings.text(document, List.of(0, 1), "", 600))
        .isEqualTo("Riga und Tartu sind keine Partnerstädte der Stadt. Tartu ist seit 1996 Partnerstadt von Kassel.");
  }

  @Test
  void headingIntroducesTheFirstOfSeveralSentencesUnderItOnly() {
    IndexedDocument document = document("Wohngeld",
        "Antragstellung",
        "Den Antrag stellen Sie beim Amt für Wohnen.",
        "Er ist kostenlos.");

    assertThat(SentencesWithHeadings.text(document, List.of(1), "", 600)).isEqualTo("Antragstellung: Er ist kostenlos.");
    assertThat(SentencesWithHeadings.text(document, List.of(0, 1), "", 600))
        .isEqualTo("Antragstellung: Den Antrag stellen Sie beim Amt für Wohnen. Er ist kostenlos.");
  }
}
