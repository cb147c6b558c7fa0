package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Wer nahm an … teil?" asks who took part: only a sentence saying so answers it. */
class AnswerEngineTakingPartTest {

  private static final String PLACE = "Zum Ort der Abschlusskonferenz weichen die Angaben voneinander ab: Die Stadt "
      + "nennt Aheim, der Veranstalter spricht von Beheim.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("konferenz.md", "Musterstadt bei der Abschlusskonferenz „Städte von morgen“ in Aheim",
          LocalDate.of(2023, 4, 21),
          "Die Abschlusskonferenz des Programms „Städte von morgen“ fand am 21. und 22. April 2023 statt.",
          "An der Abschlusskonferenz nahm für die Agentur Blauwerk deren Leiterin Anna Beispiel teil.",
          PLACE));

  @Test
  void theSentenceSayingWhoTookPartAnswersWhoWasThere() {
    Answer answer = engine.answer(Question.of("Wer war bei der Abschlusskonferenz dabei?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("Anna Beispiel").doesNotContain("Zum Ort");
  }
}
