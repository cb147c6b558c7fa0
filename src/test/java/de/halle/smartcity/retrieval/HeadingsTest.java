package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeadingsTest {

  @ParameterizedTest(name = "[{0}] before [{1}] is a heading: {2}")
  @CsvSource(delimiter = '|', value = {
      "Förderung | Das Projekt wird mit 15 Millionen Euro gefördert. | true",
      "Was sind Selbsthilfegruppen? | In Selbsthilfegruppen treffen sich Menschen. | true",
      "Montag bis Freitag 10:00 - 19:00 | Samstag 10:00 - 15:00 | false",
      "Die Stadt fördert das Projekt. | Es läuft bis 2027. | false",
      "Antragstellung: | Im Bürgerbüro. | false",
      "Kaufhaus diakonia | Dachauer Straße 192 | false"})
  void shortParagraphWithoutFullStopBeforeProseIsAHeading(String paragraph, String next, boolean heading) {
    assertThat(Headings.isHeading(List.of(paragraph, next), 0)).isEqualTo(heading);
  }

  @Test
  void lastParagraphIsNeverAHeading() {
    assertThat(Headings.isHeading(List.of("Das ist ein Satz.", "Ansprechpartner"), 1)).isFalse();
  }

  @Test
  void headingIsNoSentenceButTheContextOfTheSentencesUnderIt() {
    KnowledgeDocument document = new KnowledgeDocument("a.md", "Titel", LocalDate.of(2024, 1, 1), "https://x.de",
        List.of(), "", null, List.of("Einleitung.", "Eröffnung", "Die Eröffnung war am 15. November 2024.",
            "Danach kamen Gäste."), "hash");

    IndexedDocument indexed = IndexedDocument.of(document, GermanSentenceSplitter.withBundledAbbreviations()::split);

    assertThat(indexed.sentences())
        .containsExactly("Einleitung.", "Die Eröffnung war am 15. November 2024.", "Danach kamen Gäste.");
    assertThat(indexed.headingOf(0)).isEmpty();
    assertThat(indexed.headingOf(1)).isEqualTo("Eröffnung");
    assertThat(indexed.headingOf(2)).isEqualTo("Eröffnung");
    assertThat(indexed.passages().get(0)).contains("Eröffnung Die Eröffnung");
  }
}
