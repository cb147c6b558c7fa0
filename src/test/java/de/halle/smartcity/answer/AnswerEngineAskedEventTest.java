package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A date question about an event of {@code event-words.tsv} is answered only by a sentence naming that event. */
class AnswerEngineAskedEventTest {

  private static final String OPENED = "Das Musterhaus in Beheim wurde am 3. Mai 2019 eröffnet.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("verein.md", "Der Musterverein in Beheim", LocalDate.of(2023, 4, 1),
          "Der Musterverein fördert den Sport in Beheim.",
          "Vorsitzende des Mustervereins war im Januar 2021 Anna Beispiel."),
      release("haus.md", "Das Musterhaus in Beheim", LocalDate.of(2023, 4, 1),
          OPENED, "Das Musterhaus hat 2022 rund 5000 Gäste gezählt."),
      release("bruecke.md", "Die Musterbrücke in Beheim", LocalDate.of(2023, 4, 1),
          "Die Musterbrücke verbindet die Altstadt mit dem Musterpark.",
          "Im Januar 2021 wurde die Musterbrücke für Autos gesperrt."));

  @Test
  void aFoundingDateQuestionIsDeclinedWhenNoSentenceNamesTheFounding() {
    Answer answer = engine.answer(Question.of("Wann wurde der Musterverein gegründet?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
  }

  @Test
  void anOpeningDateQuestionIsAnsweredByTheSentenceNamingTheOpening() {
    Answer answer = engine.answer(Question.of("Wann wurde das Musterhaus eröffnet?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(OPENED);
  }

  @Test
  void anEnglishCompletionDateQuestionIsDeclinedWhenNoSentenceNamesTheCompletion() {
    // "completed" is "abgeschlossen|fertiggestellt": the second alternative names the event
    Answer answer = engine.answer(Question.of("When was the Musterbrücke completed?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
  }

  @Test
  void anEnglishOpeningDateQuestionIsAnsweredByTheSentenceNamingTheOpening() {
    Answer answer = engine.answer(Question.of("When was the Musterhaus inaugurated?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains(OPENED);
  }
}
