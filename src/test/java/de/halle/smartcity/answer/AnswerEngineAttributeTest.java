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

  private static final String COUNTING = "Zählgeräte in den Bussen der Musterbahn zählen die Fahrgäste anhand der "
      + "WLAN-Signale ihrer Telefone.";
  private static final String PARKING = "Am Testfeld sind freie Stellplätze für Lastenräder und eine Wetterstation "
      + "geplant.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("bus.md", "Zählgeräte und Testfeld der Musterbahn in Musterstadt", LocalDate.of(2025, 8, 1),
          "## Fahrgäste zählen", COUNTING,
          "Die Telefone werden dabei nicht erkannt.",
          "## Testfeld am Musterhafen", "Das Testfeld am Musterhafen erprobt Zählgeräte für die Stadt.", PARKING),
      release("park.md", "Der Sonnenpark in Musterstadt", LocalDate.of(2021, 1, 31),
          "Der Sonnenpark der Stadt Musterstadt ist 120 Hektar groß.", "Der Eintritt in den Sonnenpark ist kostenlos."),
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
    Answer answer = engine.answer(Question.of("Gibt es freie Stellplätze?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(PARKING);
  }

  @Test
  void aQuestionWhetherSomethingExistsWithAnAttributeIsNotAnsweredBySentencesAboutTheNounWithoutIt() {
    Answer answer = engine.answer(Question.of("Gibt es kostenloses WLAN in Musterstadt?"));

    assertThat(answer.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
  }

  @Test
  void aQuestionWhetherSomethingExistsIsAnsweredByTheSentenceThatSaysItWithTheAttribute() {
    Answer answer = engine.answer(Question.of("Gibt es kostenlosen Eintritt im Sonnenpark?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains("Der Eintritt in den Sonnenpark ist kostenlos.");
  }
}
