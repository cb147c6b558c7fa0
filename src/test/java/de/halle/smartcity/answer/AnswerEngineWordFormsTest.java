package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A question's word form finds the release's other form of the same word. */
class AnswerEngineWordFormsTest {

  private static final String COUNTING =
      "Die Verkehrsbetriebe bauen Sensoren in die Busse ein, die Fahrgäste anhand von WLAN-Signalen zählen.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("takt.md", "Dichterer Takt auf der Linie 7", LocalDate.of(2025, 1, 17),
          "Mit dem neuen Takt fahren auf der Linie 7 bis zu 30 Prozent mehr Fahrgäste."),
      release("sensoren.md", "Sensoren in Bussen und Bahnen", LocalDate.of(2025, 8, 20),
          "Die Verkehrsbetriebe messen, wie voll die Busse sind.", COUNTING),
      release("tarife.md", "Tarife der Verkehrsbetriebe", LocalDate.of(2024, 6, 11),
          "Eine Kurzstrecke mit Bus und Bahn kostet 2,20 Euro."),
      release("rollmix.md", "Das Angebot von rollmix", LocalDate.of(2024, 6, 11),
          "Ein Rad von rollmix kostet 1 Euro pro 15 Minuten."));

  @Test
  void aShortParticipleFindsItsVerb() {
    Answer answer = engine.answer(Question.of("Wie werden Fahrgäste gezählt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().isEqualTo(COUNTING);
  }

  @Test
  void aCompoundEndingInAShortHeadFindsTheHead() {
    Answer answer = engine.answer(Question.of("Was kostet ein Leihrad?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).containsExactly("Ein Rad von rollmix kostet 1 Euro pro 15 Minuten.");
  }
}
