package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordFactsTest {

  private final KeywordFacts facts = KeywordFacts.load();

  @ParameterizedTest(name = "\"{0}\" asks {1} at word {2}")
  @CsvSource(delimiter = ';', value = {
      "Mobilitätsstationen Anzahl;COUNT;1;true",
      "anzahl mobilitätsstationen;COUNT;0;true",
      "Gesamtzahl Mobilitätsstationen;COUNT;0;true",
      "Mobilitätsstationen Gesamtzahl;COUNT;1;true",
      "Digitaltag 2023 Ort;PLACE;2;true",
      "Anna Muster Beruf;ROLE;2;true",
      "Reise New York Kosten;PAYER;3;true",
      "movemix Preis;MONEY;1;true",
      "Smart City Leitung;WHO;2;true",
      "Expo Real Termin;TIME;2;true",
      "Öffnungszeiten Gesundheitsamt;CLOCK;0;true",
      "Uhrzeiten Shuttle Anzahl;CLOCK;2;true",
      "Wie viele Mobilitätsstationen gibt es?;COUNT;-1;false",
      "Welche Öffnungszeiten hat das Gesundheitsamt?;CLOCK;1;false",
      "An welchen Tagen war die Konferenz?;DAY;2;true",
      "Mobilitätsstationen Anzahl?;ANY;-1;false",
      "Gesundheitsamt Online-Termin;ANY;-1;false",
      "Musteramt ohne Termin;ANY;-1;false",
      "wie Sensoren zählen|Anzahl Fahrgäste;ANY;-1;false",
      "Digitaltag Planetarium;ANY;-1;false",
      "Wie hoch waren die Kosten der Reise?;MONEY;1;true",
      "Was hat die Reise gekostet?;MONEY;4;true",
      "Was kostete die Reise?;MONEY;1;true",
      "Wie groß ist der Star Park?;NUMBER;1;true",
      "Welche Kosten entstehen der Stadt?;MONEY;1;false",
      "Wann war der Bahnhof so teuer?;TIME;-1;true",
      "Fährt der Bus auch nachts?;CLOCK;4;true",
      "Shuttle nachts;CLOCK;1;true",
      "Wie erreiche ich das Amt?;CONTACT;1;true",
      "Wie kann ich das Amt kontaktieren?;CONTACT;5;true",
      "Wie kann ich mich anmelden?;PROCEDURE;-1;false",
      "Wann ist der Termin der Konferenz?;TIME;3;true"})
  void aKeywordNounOrTheAmountWordOfAnAmountQuestionIsGivenAsAValueUnlessQuestionWordsOrAJoinedWordSayOtherwise(String question,
      AskedType type, int classWord, boolean givenAsValue) {
    assertThat(facts.of(question)).isEqualTo(new KeywordFacts.Asked(type, classWord, givenAsValue));
  }

  @ParameterizedTest(name = "\"{0}\" asks {1} at word {2}")
  @CsvSource(delimiter = ';', value = {
      "Was ist das Datum des Musterfests?;DAY;3;true",
      "Was war der Termin vom Musterfest?;TIME;3;true",
      "Was ist die Adresse des Musterhauses?;PLACE;3;true",
      "Was ist der Ort der Musterschau?;PLACE;3;true",
      "Was sind die Kosten der Musterreise?;PAYER;3;true",
      "Was ist der Vorteil des Musterfests?;ANY;-1;false",
      "Was ist das Datum?;DEFINITION;-1;false",
      "Wann ist das Datum des Musterfests?;TIME;3;true"})
  void aQuestionForTheValueOfAFactNounOfSomethingAsksTheKindTheNounNames(String question, AskedType type,
      int classWord, boolean givenAsValue) {
    assertThat(facts.of(question)).isEqualTo(new KeywordFacts.Asked(type, classWord, givenAsValue));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "Wie groß ist der Star Park?;1",
      "Expo Real Termin;2",
      "Welche Kosten entstehen der Stadt?;-1",
      "Wann war der Bahnhof so teuer?;-1"})
  void theValueWordIsTheWordAnAnswerGivesAValueForOrNone(String question, int valueWord) {
    assertThat(facts.of(question).valueWord()).isEqualTo(valueWord);
  }

  @Test
  void aLineWithAnUnknownKindOrABrokenExpressionIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> KeywordFacts.read("lang-fixtures/keyword-facts-unknown-kind.tsv"))
        .hasMessageStartingWith("lang-fixtures/keyword-facts-unknown-kind.tsv:3: 'size' is not one of");
    assertThatThrownBy(() -> KeywordFacts.read("lang-fixtures/keyword-facts-bad-expression.tsv"))
        .hasMessageStartingWith("lang-fixtures/keyword-facts-bad-expression.tsv:2: not a valid regular expression");
  }
}
