package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Wer steckt hinter …?", "Von wem ist …?" ask for an organiser: a sentence naming the thing as someone's ("… ist ein
 * Austauschprogramm des Musterbunds") answers, a sentence only naming the thing does not.
 */
class AnswerEngineOrganiserTest {

  private static final String OWNER = "„Musterbrücken“ ist ein Austauschprogramm des Musterbunds für Städte in Europa.";
  private static final String VISIT = "Im Austauschprogramm Musterbrücken besuchten Gäste aus Aheim die Stadt Beheim.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("programm.md", "Musterbrücken: ein Austauschprogramm", LocalDate.of(2024, 3, 4),
          VISIT, OWNER, "Die Gäste blieben eine Woche in Beheim."),
      release("fest.md", "Das Sommerfest in Beheim", LocalDate.of(2024, 6, 1),
          "Das Sommerfest in Beheim hatte 2024 rund 3000 Gäste.", "Es gab Musik auf zwei Bühnen."));

  @Test
  void aQuestionWhoIsBehindSomethingIsAnsweredByTheSentenceNamingItAsSomeones() {
    Answer answer = engine.answer(Question.of("Wer steckt hinter dem Austauschprogramm?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(OWNER);
  }

  @Test
  void vonWemIstAsksForTheOrganiserToo() {
    Answer answer = engine.answer(Question.of("Von wem ist das Austauschprogramm Musterbrücken?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(OWNER);
  }

  @Test
  void aQuestionForTheOrganiserIsDeclinedWhereNoSentenceNamesOne() {
    Answer answer = engine.answer(Question.of("Von wem ist das Sommerfest in Beheim?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
  }
}
