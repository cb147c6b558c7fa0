package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.retrieval.KeywordQuery;
import de.halle.smartcity.retrieval.LanguageResources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishQueryTest {

  /** The compound parts as the analysis loads them, read once for all tests. */
  private static final List<String> COMPOUND_PARTS = LanguageResources.load(null).compoundParts();

  private final EnglishQuery query = EnglishQuery.load(COMPOUND_PARTS);

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Did the trip to New York cost Halle any money? | en",
        "Where can I get a parking permit? | en",
        "Who is taking part in the conference? | en",
        "When was the exchange programme founded? | en",
        "What does it cost? | en",
        "When? | en",
        "And in 2020? | en",
        "Who leads Smart City Halle? | en",
        "Wer leitet Smart City Halle? | de",
        "Welche Kosten entstehen der Stadt Halle durch die Reise? | de",
        "Wer nimmt für Halle an der Abschlusskonferenz teil? | de",
        "Was kostet die Hundesteuer in Halle? | de",
        "Wann fährt der letzte Bus nach Halle-Neustadt? | de",
        "Was ist ein Workshop? | de",
        "Und 2020? | de",
        "Smart City Halle | de",
        "Maximilian Mustermann | de",
        "Opening hours library | en",
        "Number of parking spaces in Musterstadt | en",
        "Cost trip Musterstadt | en",
        "Kosten Reise Musterstadt | de",
        "Museum Bus Parkplatz | de",
        "Bibliothek Öffnungszeiten Musterstadt | de",
        "'' | de",
      })
  void detectsTheLanguageOfAQuestion(String text, String language) {
    assertThat(query.detect(text)).isEqualTo(language);
    assertThat(query.isEnglish(text)).isEqualTo("en".equals(language));
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Did the trip to New York cost Halle any money? => Reise nach New York kostet|Kosten|gekostet Halle Geld",
        "Who was on the trip to Aheim? => wer war Reise nach Aheim",
        "When was the club founded? => wann war Verein gegründet",
        "When was the new library opened? => wann war neu|neue|neuen Bibliothek|Stadtbibliothek eröffnet",
        "Who is the head of the health department? => wer ist Leiter|Leiterin Gesundheitsamt|Gesundheit",
        "Who pays the cost of the trip? => wer bezahlen|zahlen Kosten|gekostet Reise|Fahrt",
        "Where can I get a parking permit? => wo bekommen|erhalten Anwohnerparkausweis|Parkausweis",
        "Who takes part in the final conference? => wer teilnehmen|teil|Teilnahme Abschlusskonferenz",
        "Who is attending the closing conference? => wer teilnehmen|teil|Teilnahme Abschlusskonferenz",
        "When does the conference take place? => wann Konferenz|Tagung stattfinden|statt",
        "Which cities did representatives visit in 2019? => "
            + "welche|welcher Städte Vertreter besuchen|besucht|Besuch 2019",
        "How much does a ticket cost? => wie viel Ticket|Fahrkarte|Fahrschein kostet|Kosten|gekostet",
        "Where is the City Hall? => wo ist Rathaus",
        "When is the upcoming Stadtfesttag? => wann kommende|bevorstehende Stadtfesttag",
        "When is the coming Stadtfesttag? => wann kommende|nächste Stadtfesttag",
        "What is Maximilian Metz's job? => was ist Maximilian Metz Arbeitsplatz|Job|Stelle",
        "Is there a bike sharing system in Halle? => gibt Leihrad|Fahrradverleih|Bikesharing system Halle",
        "What does movemix_bike cost? => was movemix_bike kostet|Kosten|gekostet",
        "What devices are there in the makerspace? => was|welche Geräte gibt makerspace",
        "Since when has Linz been a twin city? => seit wann Linz Partnerstadt|Städtepartnerschaft",
        "Who organised the Smart City conference? => wer organisiert|veranstaltet Smart City Konferenz|Tagung",
        "Tell me about Metzingen and Zwickau => was ist Metzingen Zwickau",
        "Where can I borrow a bike? => wo leihen|ausleihen Fahrrad|Rad|Bike",
        "Which bus lines were added? => welche|welcher Buslinie|Linie hinzu|hinzugekommen|ergänzt|neu",
        "When are the consultation hours? => wann Sprechstunden|Sprechzeiten",
        "Is there bike hire in the city? => gibt Fahrrad|Rad|Bike mieten|leihen|Verleih Stadt|städtische",
        "What happened in 2020? => was|welche geschah|geschehen|passiert 2020",
        "Which buses go to the main station? => welche|welcher Busse gehen|fahren Hauptbahnhof",
        "Who is visiting? => wer besuchen|besucht|Besuch",
        "What’s the city's budget? => was Stadt|städtische Budget|Haushalt",
        "Where are the mobility stations? => wo sind Mobilitätsstation|Mobilitätsstationen",
        "Is there free wifi in the city centre? => gibt kostenlos|kostenfrei WLAN Innenstadt",
        "Which twin city is in Armenia? => welche|welcher Partnerstadt|Städtepartnerschaft Armenien",
        "When does the Health Department move? => wann Gesundheitsamt|Gesundheit umziehen|Umzug|bewegen",
        "Are there open consultation hours? => gibt geöffnet|öffnen|offen Sprechstunden|Sprechzeiten",
        "Is Aheim a partner city? => ist Aheim ein Partnerstadt",
        "Was Beheim a partner city of Aheim? => war Beheim ein Partnerstadt Aheim",
        "How big is the Musterpark? => wie groß ist Musterpark",
        "How far is Aheim from Beheim? => wie weit ist Aheim von Beheim",
        "How far is it from Aheim to Beheim? => wie weit ist es von Aheim nach Beheim",
        "How far is it to Beheim? => wie weit ist es nach Beheim",
        "How long is the exchange programme? => wie lange|Dauer ist Austauschprogramm",
        "Is there a partner city in Armenia? => gibt Partnerstadt Armenien",
        "What are the fields of action of the council? => was sind die Handlungsfelder der Stadtrat|Rat",
        "Who is behind Aheim Cities of Tomorrow? => wer steckt hinter Aheim Cities of Tomorrow",
        "What is the name of the city's app? => wie heißt Stadt|städtische App",
        "Who funds the event series? => wer fördert|finanziert|gefördert|Fonds Veranstaltungsreihe",
        "Which cities are testing the app? => welche|welcher Städte testen|getestet|erprobt App",
        "Which cities took part in 2019? => welche|welcher Städte teilnehmen|teil|Teilnahme 2019",
        "Does the city have to pay anything? => muss Stadt|städtische bezahlen|zahlen etwas",
        "Who is the mayor? => wer ist Oberbürgermeister|Bürgermeister",
        "Who was the mayor? => wer war Oberbürgermeister|Bürgermeister",
        "What is the number of mobility stations? => wie viele Mobilitätsstation|Mobilitätsstationen",
        "number of mobility stations => wie viele Mobilitätsstation|Mobilitätsstationen",
        "What is the date of the test field? => was ist das Datum des Testfeld",
      })
  void translatesAnEnglishQuestionIntoGermanSearchWords(String english, String german) {
    assertThat(query.translate(english)).isEqualTo(german);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Did the trip cost the city any money? | MONEY",
      "How much does a ticket cost? | MONEY",
      "Who pays the cost of the trip? | PAYER",
      "What did the city visit? | ANY",
      "What is HAL-Plan? | DEFINITION",
      "What are mobility stations? | DEFINITION",
      "Where is the education centre? | WHERE",
      "Where are the sensors? | WHERE",
      "Who organised the conference? | ORGANISER",
      "When was the club founded? | TIME",
      "Does the city have to pay anything? | MONEY",
      "What are the fields of action of the smart city strategy? | ANY",
      "What is the number of mobility stations? | COUNT",
      "The total number of projects in Halle? | COUNT",
      "What is the number of the bus line? | DEFINITION"})
  void theTranslatedQuestionAsksForTheSameKindOfFact(String english, AskedType asked) {
    assertThat(AskedType.of(query.translate(english))).isEqualTo(asked);
  }

  @Test
  void aQuestionForAPropertyOfSomethingNamesItLikeTheGermanQuestion() {
    assertThat(PlacedName.of(query.translate("How big is Musterstadt?")).names()).extracting(PlacedName.Name::text)
        .containsExactly("Musterstadt");
  }

  @Test
  void namesAndNumbersPassThroughUnchanged() {
    assertThat(query.translate("Is Maximilian Mustermann in Knoxville on 21 April 2023?"))
        .contains("Maximilian Mustermann", "Knoxville", "21", "April", "2023");
  }

  @Test
  void anAlternativeTheTranslationHoldsAlreadyIsLeftOutOfALaterWord() {
    assertThat(query.translate("fee and charge")).isEqualTo("Gebühr|Gebühren kostet");
    assertThat(query.translate("fee and fees")).isEqualTo("Gebühr|Gebühren");
  }

  @Test
  void nounsSideBySideEachTranslatedToOneNounFormOneCompound() {
    assertThat(query.translate("What does the sensor test field measure?")).isEqualTo("was Sensortestfeld messen|misst|gemessen");
    assertThat(query.translate("fee and test field")).isEqualTo("Gebühr|Gebühren Testfeld");
  }

  @Test
  void anAdjectiveGermanUsesAsACompoundPartIsOfferedAsACompoundWithTheNounsAfterIt() {
    assertThat(query.translate("when is the digital day")).isEqualTo("wann digital Digitaltag|Tag");
    assertThat(query.search("When is the digital day?")).isEqualTo("wann digital Digitaltag|Tag?");
    assertThat(query.translate("digital test field")).isEqualTo("digital Digitaltestfeld|Testfeld");
    assertThat(query.translate("the expensive day")).isEqualTo("teuer Tag");
    assertThat(query.translate("digital and day")).isEqualTo("digital Tag");
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Can I come to the office without an appointment? => kommen Amt|Büro ohne Termin?",
        "Where is the test field? => wo ist Testfeld?",
        "Where is the test field?\" => wo ist Testfeld?",
        "when is the market open => wann Markt geöffnet|öffnen|offen?",
        "How much does a ticket cost => wie viel Ticket|Fahrkarte|Fahrschein kostet|Kosten|gekostet?",
        "Opening hours library => Öffnungszeiten Bibliothek|Stadtbibliothek",
        "number of mobility stations => wie viele Mobilitätsstation|Mobilitätsstationen",
        "What is the date of the test field? => was ist das Datum des Testfeld?",
        "What is the name of the test field? => wie heißt Testfeld?",
      })
  void theSearchWordsOfAnEnglishQuestionEndWithAQuestionMark(String english, String german) {
    assertThat(query.search(english)).isEqualTo(german);
  }

  @Test
  void aShortTranslatedQuestionIsNoKeywordMessage() {
    String question = "Can I come to the office without an appointment?";

    assertThat(KeywordQuery.is(query.translate(question))).isTrue();
    assertThat(KeywordQuery.is(query.search(question))).isFalse();
    assertThat(KeywordQuery.is(query.search("appointment health office"))).isTrue();
  }

  @Test
  void aCapitalisedSingleWordIsStillTranslated() {
    assertThat(query.translate("Who is the Mayor?")).isEqualTo("wer ist Oberbürgermeister|Bürgermeister");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "cities, city",
    "buses, bus",
    "fees, fee",
    "visited, visit",
    "organised, organise",
    "planned, plan",
    "applied, apply",
    "visiting, visit",
    "taking, take",
    "city's, city",
  })
  void findsTheBaseFormOfAnInflectedWord(String word, String base) {
    assertThat(EnglishQueryGlossary.baseForms(word)).contains(base);
  }

  @Test
  void theGlossaryHasSeveralHundredEntries() {
    assertThat(LanguageTable.read("lang/en-de-glossary.tsv", 2)).hasSizeGreaterThan(500);
  }

  @Test
  void theStopwordListsOfBothLanguagesAreDisjoint() {
    Map<String, Set<String>> lists = new HashMap<>();
    Set<String> all = new HashSet<>();
    int rows = 0;
    for (LanguageTable.Row row : LanguageTable.read("lang/language-detect.tsv", 2)) {
      lists.computeIfAbsent(row.column(0), l -> new HashSet<>()).add(row.column(1));
      all.add(row.column(1));
      rows++;
    }
    assertThat(lists).containsOnlyKeys("en", "de", "both");
    assertThat(all).as("a word listed for two languages").hasSize(rows);
    assertThat(lists.get("de")).hasSizeGreaterThan(100);
    assertThat(lists.get("en")).hasSizeGreaterThan(100);
  }
}
