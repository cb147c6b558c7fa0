package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped {@code knowledge/synonyms.txt}: a question's word finds a release's other form of it. */
class AnswerEngineSynonymsTest {

  private static final String CONFERENCE =
      "Am 3. Juni 2025 fand in Musterstadt die Regionalkonferenz der Modellprojekte mit 135 Teilnehmenden statt.";
  private static final String STAFF = "Im Servicebüro der Stadt Musterstadt arbeiten zwölf Mitarbeiter.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("strategie.md", "Die Smart-City-Strategie von Musterstadt", LocalDate.of(2025, 6, 10),
          "Die Stadt Musterstadt ist ein Modellprojekt Smart Cities.", CONFERENCE),
      release("austausch.md", "Ein Austauschprogramm mit Aheim", LocalDate.of(2023, 4, 22),
          "Jede Teilnehmerin und jeder Teilnehmer verbrachte eine Woche in Aheim.",
          "Das Programm lief von 2019 bis 2023."),
      release("servicebuero.md", "Das Servicebüro in Musterstadt", LocalDate.of(2024, 2, 1),
          "Das Servicebüro der Stadt Musterstadt liegt am Markt.", STAFF));

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Regionalkonferenz 2025 Teilnehmer|" + CONFERENCE,
      "Wie viele Teilnehmer hatte die Regionalkonferenz 2025?|" + CONFERENCE,
      "Wie viele Mitarbeitende hat das Servicebüro?|" + STAFF})
  void anAgentNounFindsTheParticipleNamingTheSamePeopleAndTheOtherWayRound(String question, String expected) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(expected);
  }
}
