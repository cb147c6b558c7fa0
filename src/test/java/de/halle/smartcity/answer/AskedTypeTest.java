package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Was kostet ein Leihrad? | MONEY",
      "Wie viel Fördergeld bekommt die Stadt? | MONEY",
      "Wie viel hat die Entwicklung gekostet? | MONEY",
      "Wie viele Einwohner hat die Stadt? | NUMBER",
      "Wie hoch ist der Schornstein? | NUMBER",
      "Wann wurde das Zentrum eröffnet? | TIME",
      "Ab wann fallen die Sprechstunden weg? | TIME",
      "In welchem Jahr kam die Delegation? | TIME",
      "Welche Öffnungszeiten hat das Bürgerbüro? | CLOCK",
      "Zu welchen Uhrzeiten fährt der Bus? | CLOCK",
      "Wer leitet das Projekt? | ANY",
      "Was ist ein digitaler Zwilling? | ANY"})
  void questionWordsTellTheKindOfFactAskedFor(String question, AskedType type) {
    assertThat(AskedType.of(question)).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Was kostet ein Leihrad? | Ein Leihrad kostet 1 Euro pro 15 Minuten. | true",
      "Was kostet ein Gesundheitszeugnis? | Der Bund gab 3 Geräte. | false",
      "Wie viele Einwohner hat die Stadt? | Die Stadt hat 238.762 Einwohner. | true",
      "Wie viele Mitarbeiter hat das Büro? | Das Büro liegt am Markt. | false",
      "Wann hat der Stadtrat das ISEK 2025 beschlossen? | Die Strategie baut auf dem ISEK 2025 auf. | false",
      "Wann wurde das Zentrum eröffnet? | Die Eröffnung war am 15. November 2024. | true",
      "Welche Öffnungszeiten hat das Zentrum? | Die Eröffnung war mit einer Party ab 17:00 Uhr. | false",
      "Zu welchen Uhrzeiten fährt der Shuttle? | Der Shuttle fährt täglich von 5:00 bis 24:00 Uhr. | true",
      "Wer leitet das Projekt? | Das Projekt hat viele Ideen. | true"})
  void sentenceHoldsTheAskedKindOfFactBeyondTheQuestionsOwnWords(String question, String sentence, boolean held) {
    assertThat(AskedType.of(question).heldBy(sentence, question)).isEqualTo(held);
  }

  @Test
  void welcheQuestionAsksForAnInstanceOfTheNounAfterIt() {
    assertThat(AskedType.askedClass("Welche amerikanischen Städte besuchten sie?")).isEqualTo(2);
    assertThat(AskedType.askedClass("Zu welchen Uhrzeiten fährt der Bus?")).isEqualTo(2);
    assertThat(AskedType.askedClass("Wer leitet das Projekt?")).isEqualTo(-1);
  }
}
