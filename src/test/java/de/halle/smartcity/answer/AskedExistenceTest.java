package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedExistenceTest {

  private static final AskedExistence EXISTENCE = AskedExistence.load();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Gibt es kostenloses WLAN? | true",
      "Wo gibt es freie Parkplätze? | false",
      "Welche Hilfen gibt es für kleine Kinder? | false",
      "Gab es früher Nachtbusse in Musterstadt? | true",
      "Gibt's eine Musterbibliothek? | true",
      "Wann gibt die Stadt die neuen Zahlen bekannt? | false",
      "Was gibt die Stadt für Schulen aus? | false",
      "Ist das Parken kostenlos? | false"})
  void aQuestionAsksWhetherSomethingExistsWhenItOpensWithAnExistencePhrase(String question,
      boolean asks) {
    assertThat(EXISTENCE.asks(question)).isEqualTo(asks);
  }
}
