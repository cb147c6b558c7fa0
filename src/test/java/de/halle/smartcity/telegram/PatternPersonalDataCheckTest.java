package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternPersonalDataCheckTest {
  private final PatternPersonalDataCheck check = new PatternPersonalDataCheck();

  @ParameterizedTest
  @ValueSource(strings = {
      "Schreiben Sie mir an erika.mustermann@example.de bitte",
      "Meine Adresse: jörg_müller+bot@stadt-halle.de",
      "Rufen Sie mich an: 0345 1234567",
      "Tel. 0345/221-4000",
      "Handy 0171 2345678",
      "meine Nummer +49 345 1234567",
      "+49 (0) 171 2345678",
      "0049 1512 3456789",
      "(0345) 22 14 000",
      "IBAN DE89 3704 0044 0532 0130 00",
      "DE89370400440532013000 ist mein Konto",
      "Steuernummer 110/815/12345",
      "meine Steuer-ID ist 12 345 678 901",
      "Steuer-ID 12345678901",
      "Ausweisnummer L01X00T47"})
  void personalDataIsFound(String text) {
    assertThat(check.containsPersonalData(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Welche Städte wurden 2019 besucht?",
      "Was geschah zwischen 2019-2021?",
      "Wie viel kostete die Reise am 21.04.2023?",
      "Kosten von 2.500.000 Euro oder 4.500 Euro?",
      "Wo ist das Bürgerbüro in 06108 Halle (Saale)?",
      "Was bedeutet Smart City und wann startet die Linie 5?",
      "Was ist die Behördennummer 115?",
      "Gibt es 40 Sensoren und 12 Ladesäulen?",
      "Was sagt die Pressemitteilung Nr. 123/2023?",
      "Was ist HAL-PLAN 2030?",
      "Projekt ZUKUNFTSSTADT ist was?",
      "Wie hoch ist die Förderung von 17,5 Millionen Euro?"})
  void ordinaryQuestionsPass(String text) {
    assertThat(check.containsPersonalData(text)).isFalse();
  }
}
