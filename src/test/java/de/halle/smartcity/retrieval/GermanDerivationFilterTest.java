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
      "gezahlt, gezahlt",
      "gesamt, gesamt",
      "gebaut, gebaut",
      "gericht, gericht",
      "geldnot, geldnot",
      "amerikanischen, amerikan",
      "jung, jung",
      "gebiet, gebiet",
      "gesundheitsamt, gesundheitsamt",
      "gesellschaft, gesellschaft",
      "geschaft, geschaft",
      "gewahrleistet, gewahrleist",
      "gefahrdet, gefahrd",
      "geoffnet, offn",
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
  void everyParticipleJoinedToItsVerbsStemAnalysesLikeTheInfinitiveInflectedOrNot() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());
    int participles = 0;

    for (String line : LanguageResources.classpathLines(KeptApartStems.BUNDLED)) {
      String stem = line.split("\t")[0];
      String participle = "ge" + stem + "t";
      if (List.of(line.split("\t")[1].split(" ")).contains(participle)) {
        List<String> infinitive = analysis.indexTerms(stem + "en");
        for (String form : List.of(participle, participle + "e", participle + "en", participle + "es")) {
          assertThat(analysis.indexTerms(form)).as(form).isEqualTo(infinitive);
        }
        participles++;
      }
    }
    assertThat(participles).isGreaterThan(10);
  }

  @Test
  void aNounOfTheParticiplesShapeStaysWholeAndMeetsOnlyItsOwnForms() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    assertThat(analysis.indexTerms("Geschäft")).doesNotContainAnyElementsOf(analysis.indexTerms("Schaf"));
    assertThat(analysis.indexTerms("Gesundheitsamt")).containsExactly("gesundheitsamt");
    assertThat(analysis.indexTerms("Gesundheitsämter")).isEqualTo(analysis.indexTerms("Gesundheitsamt"));
    assertThat(analysis.indexTerms("Gesellschaften")).isEqualTo(analysis.indexTerms("Gesellschaft"));
  }

  @Test
  void aParticipleFindsItsVerbAlsoWhenTheVerbItselfBeginsWithGe() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    assertThat(analysis.indexTerms("gefährdet")).isEqualTo(analysis.indexTerms("gefährden"));
    assertThat(analysis.indexTerms("gewährleistet")).isEqualTo(analysis.indexTerms("gewährleisten"));
    assertThat(analysis.indexTerms("geöffnet")).isEqualTo(analysis.indexTerms("öffnen"));
    assertThat(analysis.indexTerms("gearbeitet")).isEqualTo(analysis.indexTerms("arbeiten"));
  }

  @Test
  void anInflectedParticipleOfAVerbInErnMeetsTheBareParticipleAndTheInfinitive() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    for (String form : List.of("gefördert", "geförderte", "geförderten")) {
      assertThat(analysis.indexTerms(form)).as(form).isEqualTo(analysis.indexTerms("fördern"));
    }
    assertThat(analysis.indexTerms("gespeicherten")).isEqualTo(analysis.indexTerms("speichern"));
  }

  @Test
  void aListedShortParticipleFindsItsVerbInflectedTooAndAnUnlistedWordOfThatShapeStaysWhole() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    assertThat(analysis.indexTerms("Gericht Geldnot")).containsExactly("gericht", "geldnot");
    assertThat(analysis.indexTerms("gezählte gezahlte gezaehlt")).containsExactly("zahl", "zahl", "zahl");
  }

  @Test
  void aSeparableVerbsParticipleWithGeAfterItsParticleMeetsTheVerbAndItsNoun() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    for (String form : List.of("angemeldet", "angemeldete", "angemeldeten", "Anmeldung")) {
      assertThat(analysis.indexTerms(form)).as(form).isEqualTo(analysis.indexTerms("anmelden"));
    }
    assertThat(analysis.indexTerms("abgemeldet")).isEqualTo(analysis.indexTerms("Abmeldung"));
    assertThat(analysis.indexTerms("ausgebildet")).isEqualTo(analysis.indexTerms("Ausbildung"));
    assertThat(analysis.indexTerms("eingereicht")).isEqualTo(analysis.indexTerms("einreichen"));
    assertThat(analysis.indexTerms("zurückgegeben zurückgestellt")).containsExactly("zuruckgegeb", "zuruckstell");
  }

  @Test
  void aNounOfTheSeparableParticiplesShapeWhoseMiddleIsNoVerbStaysWhole() {
    GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

    assertThat(analysis.indexTerms("Angebot Aufgebot Angesicht Teilgebiet Angelegenheit"))
        .containsExactly("angebot", "aufgebot", "angesicht", "teilgebi", "angelegenheit");
    assertThat(analysis.indexTerms("Ausgabe Eingang Aufgabe abgelegen"))
        .containsExactly("ausgab", "eingang", "aufgab", "abgeleg");
  }
}
