package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Wer ist Ansprechpartner …?" asks for a person: a sentence naming someone by a role is preferred as the answer. */
class AnswerEngineWhoTest {

  private static final String PERSON = "Für Fragen zu Musterstadt Digital ist die Koordinatorin Anna Beispiel im Büro "
      + "am Markt von montags bis freitags erreichbar.";
  private static final String OFFICE = "Für Fragen zu Musterstadt Digital ist das Büro unter 0123 456789 erreichbar.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("telefon.md", "Musterstadt Digital: Förderung", LocalDate.of(2024, 7, 12),
          OFFICE, "Das Land fördert Musterstadt Digital mit zwei Millionen Euro."),
      release("team.md", "Musterstadt Digital: Team", LocalDate.of(2024, 7, 12),
          PERSON, "Musterstadt Digital ist ein Modellprojekt des Landes für eine digitale Stadt."));

  @Test
  void aWhoQuestionWithoutANameIsAnsweredByTheSentenceNamingAPersonByARole() {
    Answer answer = engine.answer(Question.of("Wer ist Ansprechpartner für Musterstadt Digital?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(PERSON);
  }

  @Test
  void aWhoQuestionIsStillAnsweredWhereNoSentenceNamesARole() {
    Answer answer = engine.answer(Question.of("Wer fördert Musterstadt Digital?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("Das Land fördert");
  }
}
