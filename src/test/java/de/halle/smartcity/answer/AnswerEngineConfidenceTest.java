package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An answer's confidence tells a clear answer from one another release nearly gives as well. */
class AnswerEngineConfidenceTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("rad.md", "Leihräder an der Mobilitätsstation Nordhafen", LocalDate.of(2024, 3, 1),
          "An der Mobilitätsstation Nordhafen stehen zwölf Leihräder bereit.",
          "Die Station ist rund um die Uhr zugänglich."),
      release("markt.md", "Wochenmarkt in Musterstadt", LocalDate.of(2024, 4, 1),
          "Der Wochenmarkt auf dem Marktplatz öffnet dienstags um 8 Uhr."),
      release("markt-neu.md", "Wochenmarkt in Musterstadt erweitert", LocalDate.of(2024, 5, 1),
          "Der Wochenmarkt auf dem Marktplatz öffnet künftig auch samstags um 8 Uhr."),
      release("park.md", "Neue Bänke im Stadtpark", LocalDate.of(2024, 6, 1),
          "Im Stadtpark von Musterstadt stehen seit Juni zwanzig neue Bänke."));

  @Test
  void anAnswerOnlyOneReleaseGivesIsMoreCertainThanOneTwoReleasesGiveAlike() {
    Answer clear = engine.answer(Question.of("Wie viele Leihräder stehen an der Mobilitätsstation Nordhafen?"));
    Answer contested = engine.answer(Question.of("Wann öffnet der Wochenmarkt auf dem Marktplatz?"));

    assertThat(clear.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(contested.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(clear.confidence()).isGreaterThan(contested.confidence() + 0.1);
  }
}
