package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An attributive adjective of the question belongs to its noun ({@link
 * de.halle.smartcity.retrieval.AttributiveAdjectives}): only a sentence naming the noun says it.
 */
class AnswerEngineAttributeTest {

  private static final String COUNTING = "Für die Messung bauen die Verkehrsbetriebe Sensoren in die Busse ein, "
      + "die Fahrgäste anhand anonymisierter WLAN- und Bluetooth-Signale zählen.";
  private static final String PARKING = "Als offene Daten aus dem Testfeld sind freie Parkplätze und das lokale "
      + "Wetter geplant.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("bus.md", "Wie voll ist der Bus? Auslastung und Testfeld der Verkehrsbetriebe Musterstadt",
          LocalDate.of(2025, 8, 1),
          "## Auslastung der Busse", COUNTING,
          "Die Geräte werden dabei verschlüsselt erfasst.",
          "## Testfeld am Hafen", "Das Testfeld am Hafen erprobt Sensoren für die Stadt.", PARKING),
      release("park.md", "Der Sonnenpark in Musterstadt", LocalDate.of(2021, 1, 31),
          "Der Sonnenpark der Stadt Musterstadt ist 120 Hektar groß."),
      release("schule.md", "Schulen in Musterstadt", LocalDate.of(2022, 1, 1), "Musterstadt hat 40 Schulen."),
      release("bad.md", "Bäder in Musterstadt", LocalDate.of(2023, 5, 1),
          "Das Freibad in Musterstadt öffnet im Mai."));

  @Test
  void anAdjectiveSaidOnlyOfAnotherNounDoesNotCompleteASentenceAboutTheQuestionsNoun() {
    Answer answer = engine.answer(Question.of("Gibt es freies WLAN in Musterstadt?"));

    assertThat(answer.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
  }

  @Test
  void theAdjectiveBesideItsOwnNounStillAnswers() {
    Answer answer = engine.answer(Question.of("Gibt es freie Parkplätze?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(PARKING);
  }
}
