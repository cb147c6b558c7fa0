package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Wo ist …?" prefers the sentence that says where it is, but a release without one still answers. */
class AnswerEngineWhereTest {

  private static final String WHERE = "Das Stadtlabor Musterstadt liegt im Norden der Stadt, in der Beispielstraße 7.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("labor.md", "Das Stadtlabor Musterstadt", LocalDate.of(2025, 3, 4),
          "Im Stadtlabor Musterstadt gibt es einen Medienraum.",
          "Zum Stadtlabor Musterstadt gehört ein Garten.",
          "Das Stadtlabor Musterstadt bietet Kurse für Jugendliche an.",
          "Die Kurse sind kostenlos.",
          WHERE),
      release("partner.md", "Beispielhausen: die neue Partnerstadt", LocalDate.of(2024, 9, 16),
          "Beispielhausen in Armenien ist seit 2023 Partnerstadt von Musterstadt.",
          "Der Stadtrat hatte der Partnerschaft mit Beispielhausen im Mai 2020 zugestimmt."));

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Wo ist das Stadtlabor Musterstadt?", "Wo befindet sich das Stadtlabor Musterstadt?"})
  void aWhereQuestionIsAnsweredWithTheSentenceSayingWhereItIs(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(WHERE);
  }

  @Test
  void aWhereQuestionIsStillAnsweredWhenNoSentenceSaysWhereInWordsOfAPlace() {
    Answer answer = engine.answer(Question.of("Wo liegt Beispielhausen?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("in Armenien");
  }
}
