package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question about a thing its release gives a section of its own is not answered by a sentence of another section
 * that names the thing only through the title.
 */
class AnswerEngineNounSectionTest {

  private static final String BUSES = "Im Projekt Musterzählung misst der Musterverkehr, wie voll Busse und Bahnen sind.";
  private static final String DATA =
      "Als offene Daten aus dem Musterfeld sind freie Parkplätze, das lokale Wetter und die Bodenfeuchte geplant.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("auslastung.md", "Wie voll ist der Bus? Auslastung, Apps und Musterfeld", LocalDate.of(2025, 8, 20),
          "## Auslastung von Bus und Bahn", BUSES,
          "Für die Messung baut der Musterverkehr Zähler in Busse und Bahnen ein.",
          "## Musterfeld im Energiepark", "Die Musterwerke bauen im Energiepark ein Feld für Sensoren auf.", DATA));

  @Test
  void aSentenceOfAnotherSectionDoesNotAnswerForTheThingOfItsOwnSection() {
    Answer answer = engine.answer(Question.of("Was misst das Musterfeld?"));

    assertThat(answer.text()).doesNotContain(BUSES);
  }

  @Test
  void theSectionOfTheThingStillAnswers() {
    Answer answer = engine.answer(Question.of("Welche Daten liefert das Musterfeld?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(DATA);
  }
}
