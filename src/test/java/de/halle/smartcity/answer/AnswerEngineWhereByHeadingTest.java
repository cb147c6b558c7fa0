package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A "wo" question about a thing whose sentences name it without placing it, under a heading that places it
 * ("Messfeld im Musterpark Nordstraße"), is answered with that heading quoted before the sentence, since the sentence
 * alone does not say where; such a heading is shown even where a heading otherwise is not (one in lower case).
 */
class AnswerEngineWhereByHeadingTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("messfeld.md", "Neues von den Stadtwerken Musterstadt", LocalDate.of(2024, 7, 1),
          "Die Stadtwerke beschäftigen 300 Menschen.",
          "Messfeld im Musterpark Nordstraße",
          "Für das Messfeld stiegen Kletterer auf einen Schornstein.",
          "Als offene Daten aus dem Messfeld sind freie Parkplätze geplant."),
      release("prueffeld.md", "Neues vom Hafen Beheim", LocalDate.of(2024, 7, 2),
          "Der Hafen Beheim hat einen neuen Kran.",
          "bald auch ein Prüffeld im Hafenpark Süd",
          "Für das Prüffeld stiegen Kletterer auf den Kran.",
          "Als offene Daten aus dem Prüffeld sind Wasserstände geplant."));

  @Test
  void theHeadingPlacingTheThingIsQuotedWithTheSentenceNamingIt() {
    Answer answer = engine.answer(Question.of("Wo ist das Messfeld?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("Messfeld im Musterpark Nordstraße: ");
  }

  @Test
  void theHeadingIsQuotedEvenInLowerCase() {
    Answer answer = engine.answer(Question.of("Wo ist das Prüffeld?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("bald auch ein Prüffeld im Hafenpark Süd: Für das Prüffeld");
  }
}
