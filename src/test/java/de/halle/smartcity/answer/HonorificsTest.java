package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HonorificsTest {

  private final Honorifics honorifics = Honorifics.load();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Wer ist Frau Muster? | Wer ist Muster?",
      "Was macht Herr Dr. Beispiel? | Was macht Dr. Beispiel?",
      "Ich möchte Herrn Beispiel sprechen. | Ich möchte Beispiel sprechen.",
      "Wer rettete seine Frau vor den Räubern? | Wer rettete seine Frau vor den Räubern?",
      "Wer ist die Frau? | Wer ist die Frau?",
      "Gibt es Angebote für Frauen? | Gibt es Angebote für Frauen?"})
  void aFormOfAddressIsLeftOutOnlyBeforeACapitalisedWord(String question, String searched) {
    assertThat(honorifics.without(question, word -> false)).isEqualTo(searched);
  }

  @Test
  void aFormOfAddressTheReleasesUseStays() {
    assertThat(honorifics.without("Wer ist Frau Muster und Herr Beispiel?", word -> word.equals("Herr")))
        .isEqualTo("Wer ist Muster und Herr Beispiel?");
  }
}
