package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnswerEnginePresentTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("gesellschaft.md", "Die Wirtschaftsgesellschaft und ihr Gewerbegebiet", LocalDate.of(2021, 1, 31),
          "Die Wirtschaftsgesellschaft betreut das Gewerbegebiet am Nordring.",
          "Im Jahr 2014 baute Oberbürgermeister Muster die Wirtschaftsgesellschaft zu einer Ansiedlungsgesellschaft "
              + "um.",
          "Oberbürgermeister Muster war ab April 2014 Vorsitzender des Aufsichtsrats der Wirtschaftsgesellschaft."),
      release("messe.md", "Musterstadt auf der Immobilienmesse", LocalDate.of(2025, 10, 6),
          "Auf der Immobilienmesse im Oktober 2025 trat Musterstadt mit der Wirtschaftsgesellschaft auf.",
          "Auf dem Gemeinschaftsstand waren 27 Aussteller vertreten.",
          "Oberbürgermeister von Musterstadt ist Dr. Erika Beispiel (Stand Oktober 2025).",
          "Auf der Immobilienmesse 2024 war Musterstadt am Stand C1.220 vertreten."));

  @Test
  void presentTenseWhoQuestionIsAnsweredByTheNewestReleaseThatStatesItNotByAnOlderHistorySentence() {
    Answer answer = engine.answer(Question.of("Wer ist Oberbürgermeister?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.sources()).extracting(Source::file).first().isEqualTo("messe.md");
    assertThat(answer.evidence()).containsExactly("Oberbürgermeister von Musterstadt ist Dr. Erika Beispiel (Stand "
        + "Oktober 2025).");
  }

  @Test
  void englishPresentTenseWhoQuestionIsAnsweredLikeTheGermanOne() {
    Answer answer = engine.answer(Question.of("Who is the mayor?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.sources()).extracting(Source::file).first().isEqualTo("messe.md");
    assertThat(answer.evidence()).containsExactly("Oberbürgermeister von Musterstadt ist Dr. Erika Beispiel (Stand "
        + "Oktober 2025).");
  }

  @Test
  void presentTenseWhoQuestionGetsNoNeighbourThatTellsThePast() {
    Answer answer = engine.answer(Question.of("Wer ist der Oberbürgermeister von Musterstadt?"));

    assertThat(answer.evidence()).containsExactly("Oberbürgermeister von Musterstadt ist Dr. Erika Beispiel (Stand "
        + "Oktober 2025).");
  }

  @Test
  void pastTenseWhoQuestionIsStillAnsweredFromTheReleaseAboutThePast() {
    Answer answer = engine.answer(Question.of("Wer war 2014 Oberbürgermeister?"));

    assertThat(answer.sources()).extracting(Source::file).first().isEqualTo("gesellschaft.md");
    assertThat(answer.body()).contains("Muster");
  }
}
