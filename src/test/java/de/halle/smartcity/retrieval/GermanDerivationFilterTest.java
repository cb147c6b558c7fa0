package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanDerivationFilterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "eroffnung, eroffn",
      "veranstaltungen, veranstaltungen",
      "eroffnet, eroffn",
      "gefordert, forder",
      "gezahlt, zahl",
      "gewahlt, wahl",
      "gesamt, gesamt",
      "gebaut, gebaut",
      "gericht, gericht",
      "geldnot, geldnot",
      "amerikanischen, amerikan",
      "jung, jung",
      "gebiet, gebiet",
      "2023, 2023",
      "stadt, stadt"})
  void derivedFormsFoldOntoTheirStemAndShortWordsStay(String term, String folded) {
    assertThat(GermanDerivationFilter.fold(term)).isEqualTo(folded);
  }

  @Test
  void verbInTheQuestionFindsTheNounInTheRelease() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    assertThat(analysis.indexTerms("Die offizielle Eröffnung fand im November statt"))
        .containsAll(analysis.indexTerms("eröffnet"));
    assertThat(analysis.indexTerms("Die Verträge unterzeichneten beide Bürgermeister"))
        .containsAll(analysis.indexTerms("unterzeichnet"));
    assertThat(analysis.indexTerms("Sensoren zählen die Fahrgäste")).containsAll(analysis.indexTerms("gezählt"));
  }

  @Test
  void everyListedShortParticipleStemsLikeItsInfinitive() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    for (String line : LanguageResources.classpathLines(GermanDerivationFilter.SHORT_PARTICIPLES_FILE)) {
      String[] participleAndInfinitive = line.split("\t");
      assertThat(analysis.indexTerms(participleAndInfinitive[0])).as(line)
          .isEqualTo(analysis.indexTerms(participleAndInfinitive[1]));
    }
  }
}
