package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceNumbersTest {

  private final SentenceNumbers reader = SentenceNumbers.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "In Musterstadt stehen 300 Musterräder an 20 Stationen. | 300 | false | musterräder",
      "Ein Musterrad kostet 1 Euro pro 15 Minuten. | 1 | false | -",
      "Die Räder wurden mehr als 7.800 Mal ausgeliehen. | 800 | false | -",
      "Der Takt der Linie 7 bleibt. | 7 | false | -",
      "Die Zahl der Räder liegt bei 500. | 500 | true | -",
      "Die Bescheide aus „Musterland Digital 2030“ übergab sie im Mai. | 2030 | false | -"})
  void aSentencesFirstNumberIsReadWithWhatItCounts(String sentence, String word, boolean countsOtherwise,
      String counted) {
    SentenceNumbers.NumberWord first = reader.read(sentence).numbers().get(0);

    assertThat(first.word()).isEqualTo(word);
    assertThat(first.countsOtherwise()).isEqualTo(countsOtherwise);
    assertThat(first.counted().orElse(null)).isEqualTo(counted);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Der 10-Minuten-Takt wird weiter finanziert. | true",
      "Der 10-Musterräder-Plan wird weiter finanziert. | false"})
  void aUnitWrittenIntoTheWordMeasuresItsNumber(String sentence, boolean measured) {
    assertThat(reader.read(sentence).numbers()).anyMatch(n -> n.measuredInWord() == measured);
  }
}
