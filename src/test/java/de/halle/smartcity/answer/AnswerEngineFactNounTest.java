package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question asking for the value of a fact noun of something ("Was ist das Datum des Musterfests?") asks for the kind
 * of fact the noun names and is answered by a sentence giving that value, which need not repeat the noun; so does
 * the English question "What is the date of …?".
 */
class AnswerEngineFactNounTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("musterfest.md", "Musterfest in Musterstadt", LocalDate.of(2024, 6, 20),
          "Das Musterfest 2024 in Musterstadt stand unter dem Motto „Grün für alle“.",
          "Das Musterfest 2024 fand am 7. Juni 2024 statt; die Stände öffneten um 10 Uhr.",
          "Das Musterfest 2024 fand im Stadtpark an der Lindenallee statt."));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Was ist das Datum des Musterfests? | 7. Juni 2024",
      "Was war der Termin des Musterfests? | 7. Juni 2024",
      "Was ist der Ort des Musterfests? | Stadtpark",
      "What is the date of the Musterfest? | 7. Juni 2024"})
  void theValueOfTheAskedNounAnswers(String question, String expected) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains(expected);
  }

  @Test
  void aNounNamingNoKindOfFactIsStillLookedFor() {
    Answer answer = engine.answer(Question.of("Was ist das Motto des Musterfests?"));

    assertThat(answer.text()).contains("Grün für alle");
  }
}
