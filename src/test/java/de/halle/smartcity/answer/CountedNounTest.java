package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.LanguageResources;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedNounTest {

  private static final GermanAnalysis ANALYSIS = new GermanAnalysis(LanguageResources.load(null), List.of());
  private static final KeywordFacts FACTS = KeywordFacts.load();
  private final CountedNoun counted = CountedNoun.load();

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Wie viele Musterräder gibt es? | Bis Ende Februar 2024 wurden die Räder mehr als 7.800 Mal ausgeliehen. | false",
      "Wie viele Musterräder gibt es? | Ein Musterrad kostet 1 Euro pro 15 Minuten. | false",
      "Wie viele Musterräder gibt es? | In Musterstadt stehen 300 Musterräder an 20 Stationen. | true",
      "Wie viele Musterräder gibt es? | Für 3 Jahre stehen in Musterstadt 300 neue Musterräder bereit. | true",
      "Wie viele Einwohner hat Musterstadt? | Musterstadt hat 238.762 Einwohnerinnen und Einwohner. | true",
      "Wie viele Menschen leben in Musterstadt? | In Musterstadt leben rund 240.000 Einwohner. | true",
      "Wie viele Stunden umfasst der Kurs? | Der Kurs umfasst 40 Stunden. | true",
      "Wie viele Räder wurden ausgeliehen? | Die Zahl der Räder liegt bei 500. | true",
      "Wie viele Musterräder gibt es? | Der 10-Minuten-Takt der Linie 7 wird für die Musterräder weiter finanziert. | false",
      "Wie viele Musterräder gibt es? | Rund 300 Musterräder stehen bereit. | true",
      "Wie viele Stimmen braucht der Rat? | Mit einer Mehrheit aller Stimmen, wie bei der Kommission Muster 1999. | true",
      "Wie oft wurden die Räder ausgeliehen? | Die Räder wurden 7.800 Mal ausgeliehen. | true",
      "Wie viele Ämter gibt es in Musterland? | Vier Projekte aus Musterstadt erhalten zusammen 440.000 Euro. | false",
      "Anzahl Ämter Musterland | Vier Projekte aus Musterstadt erhalten zusammen 440.000 Euro. | false",
      "Anzahl Ämter Musterland | In Musterland gibt es 14 Ämter. | true",
      "Ämter Anzahl Musterland | Vier Projekte aus Musterstadt erhalten zusammen 440.000 Euro. | false",
      "Ämter Anzahl Musterland | In Musterland gibt es 14 Ämter. | true",
      "Musterland Ämter Gesamtzahl | Vier Projekte aus Musterstadt erhalten zusammen 440.000 Euro. | false",
      "Musterland Ämter Gesamtzahl | In Musterland gibt es 14 Ämter. | true",
      "Ämter zweite Runde Anzahl | Musterstadt ist eines von 14 Ämtern in der zweiten Runde. | true",
      "Zahl der Ämter in Musterland | Vier Projekte aus Musterstadt erhalten zusammen 440.000 Euro. | false",
      "Wie viele Projekte werden gefördert? | Das Musterprojekt umfasst mehr als ein Dutzend Ideen. | false",
      "Wie viele Projekte werden gefördert? | Vier Projekte aus Musterstadt erhalten zusammen 440.000 Euro. | true",
      "Wie viele Vorhaben werden gefördert? | Gefördert werden vier neue Projekte. | true",
      "Wie viele Ämter gibt es? | Im Land Musterland gibt es 14. | true",
      "Wie viel Prozent der Räder sind verliehen? | Bis zu 30 % der Räder sind verliehen. | true",
      "Wie viele Ämter gibt es? | Die Bescheide aus „Musterland Digital 2030“ übergab sie im Mai. | false",
      "Wie viele Ämter gibt es? | Die Bescheide aus „Musterland Digital“ übergab sie 2030 an zwei Ämter. | true",
      "Wie viele Tore schoss Muster? | Muster führte bei den Toren das Team an (18), vier Pässe fing er ab. | true",
      "Wie viele Tore schoss Muster? | Muster schoss im Mai vier Pässe weit. | false"})
  void aNumberOfUnitsDoesNotCountTheAskedNoun(String question, String sentence, boolean mayCount) {
    assertThat(counted.of(question, ANALYSIS.queryTerms(question), FACTS.of(question).classWord(),
        QuestionWords.of(question), ANALYSIS, counted::numbers).test(sentence)).isEqualTo(mayCount);
  }
}
