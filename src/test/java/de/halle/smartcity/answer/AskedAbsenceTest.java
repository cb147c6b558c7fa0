package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.LanguageResources;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedAbsenceTest {

  private static final GermanAnalysis ANALYSIS = new GermanAnalysis(LanguageResources.load(null), List.of());
  private final AskedAbsence absence = AskedAbsence.load();

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Kann man ohne Anmeldung ins Musteramt? | Das Musteramt bietet eine Online-Anmeldung an. | false",
      "Kann man ohne Anmeldung ins Musteramt? | Das Musteramt hat eine Anmeldung für Schulungen. | false",
      "Kann man ohne Anmeldung ins Musteramt? | Ins Musteramt kommt man auch ohne vorherige Anmeldung. | true",
      "Kann man ohne Anmeldung ins Musteramt? | Für das Musteramt ist keine Anmeldung nötig. | true",
      "Kann man ohne Anmeldung ins Musteramt? | Das Musteramt hat montags eine offene Sprechstunde. | true",
      "Kann man mit Anmeldung ins Musteramt? | Das Musteramt bietet eine Online-Anmeldung an. | true",
      "Gibt es im Musteramt Online-Anmeldungen? | Das Musteramt bietet eine Online-Anmeldung an. | true"})
  void aSentenceNamingWhatTheQuestionAsksToDoWithoutUndeniedDoesNotAnswer(String question, String sentence,
      boolean answers) {
    assertThat(absence.of(question, ANALYSIS.queryTerms(question), ANALYSIS).test(sentence)).isEqualTo(answers);
  }
}
