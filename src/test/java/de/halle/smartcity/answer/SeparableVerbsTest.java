package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeparableVerbsTest {

  private final SeparableVerbs verbs = SeparableVerbs.load();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Wann zieht der Fachbereich um? | Wann zieht der Fachbereich um? umziehen",
      "Ab wann fallen die Sprechstunden weg? | Ab wann fallen die Sprechstunden weg? wegfallen",
      "Meldet sich die Stadt an? | Meldet sich die Stadt an? anmelden",
      "Wie viele Leute nehmen teil? | Wie viele Leute nehmen teil? teilnehmen",
      "Wohin zieht das Amt? | Wohin zieht das Amt?",
      "Wer leitet das Projekt? | Wer leitet das Projekt?",
      "Was ist los? | Was ist los?",
      "wann das Gesundheitsamt umzieht. | wann das Gesundheitsamt umzieht. umziehen",
      "ob die Sprechstunden wegfallen? | ob die Sprechstunden wegfallen?",
      "ob das Amt umgezogen ist? | ob das Amt umgezogen ist?",
      "wann der Umzug ansteht | wann der Umzug ansteht anstehen",
      "wo der Markt stattfand? | wo der Markt stattfand? fand statt",
      "Wann ist der Umzug? | Wann ist der Umzug?"})
  void aQuestionEndingWithAParticleOrAJoinedVerbGetsTheJoinedInfinitive(String question, String search) {
    assertThat(verbs.withJoinedVerb(question)).isEqualTo(search);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "zieht | ziehen",
      "meldet | melden",
      "fallen | fallen",
      "ist | null",
      "war | null"})
  void presentTenseFormsBecomeInfinitives(String verb, String infinitive) {
    assertThat(SeparableVerbs.infinitive(verb)).isEqualTo(infinitive);
  }

  @Test
  void aLineThatIsNotOneLowerCaseWordIsNamedWithFileAndLine() {
    assertThatThrownBy(() -> SeparableVerbs.read("lang/de/separable-particles.txt",
        "lang-fixtures/before-verb-two-words.txt"))
        .hasMessage("lang-fixtures/before-verb-two-words.txt:3: expected one lower-case word but found 'wie lange'");
  }
}
