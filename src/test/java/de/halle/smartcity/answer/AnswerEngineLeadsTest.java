package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Wer leitet …?" asks who holds the leading role: a company's managing director ("Geschäftsführer", a noun of the
 * "leiten" line of {@code lang/de/role-verbs.txt}) holds it.
 */
class AnswerEngineLeadsTest {

  private static final String DIRECTOR = "Geschäftsführer der Musterbau GmbH ist seit 2020 Paul Beispiel.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("musterbau.md", "Musterbau GmbH: Gewerbe in Musterstadt", LocalDate.of(2024, 5, 2),
          "Die Musterbau GmbH ist die Baugesellschaft der Stadt Musterstadt.",
          DIRECTOR,
          "Die Musterbau GmbH entwickelt das Gewerbegebiet am Musterring."));

  @Test
  void aManagingDirectorAnswersWhoLeadsTheCompany() {
    Answer answer = engine.answer(Question.of("Wer leitet die Musterbau GmbH?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains(DIRECTOR);
  }
}
