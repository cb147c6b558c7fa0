package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A "wer" question about who decided, approved or runs something ({@code lang/de/role-verbs.txt}) is answered only by
 * a sentence naming who did it, and an English verb's German alternatives ("betreibt|leitet") count as one role word.
 */
class AnswerEngineRoleVerbsTest {

  private static final String DECIDED = "Der Stadtrat hat den Musterplan am 3. Mai 2022 beschlossen.";
  private static final String DIRECTOR = "Geschäftsführer der Musterbau GmbH ist seit 2020 Paul Beispiel.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("musterplan.md", "Musterplan: Leitbild für Musterstadt", LocalDate.of(2024, 5, 2),
          "Nach dem Musterplan soll Musterstadt bis 2030 klimaneutral werden.",
          "Der Musterplan baut auf dem Stadtentwicklungskonzept von 2015 auf.",
          DECIDED),
      release("musterhaus.md", "Das Musterhaus am Lindenweg", LocalDate.of(2024, 6, 3),
          "Das Musterhaus liegt in Musterstadt am Lindenweg 5.",
          "Im Musterhaus gibt es eine Werkstatt und einen Medienraum.",
          "Für Kinder sind im Musterhaus Kurse geplant."),
      release("musterbau.md", "Musterbau GmbH: Gewerbe in Musterstadt", LocalDate.of(2024, 5, 2),
          "Die Musterbau GmbH ist die Baugesellschaft der Stadt Musterstadt.",
          DIRECTOR,
          "Die Musterbau GmbH entwickelt das Gewerbegebiet am Musterring."));

  @Test
  void whoDecidedIsAnsweredByTheSentenceNamingTheDecision() {
    Answer answer = engine.answer(Question.of("Wer hat den Musterplan beschlossen?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(DECIDED);
  }

  @Test
  void whoRunsAPlaceIsDeclinedWhenNoSentenceNamesWhoRunsIt() {
    Answer answer = engine.answer(Question.of("Wer betreibt das Musterhaus?"));

    assertThat(answer.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).doesNotContain("Lindenweg");
  }

  @Test
  void anEnglishVerbWithTwoGermanRoleVerbsIsAnsweredByASentenceStatingEitherRole() {
    Answer answer = engine.answer(Question.of("Who runs the Musterbau GmbH?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains(DIRECTOR);
  }
}
