package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A German question writing a compound of the releases as an inflected adjective and a noun ("der grüne Tag" for
 * "Grüntag") is answered from the release naming the compound, which leads the answer, not from one naming the noun alone.
 */
class AnswerEngineAdjectiveCompoundTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("gruentag.md", "Grüntag in Musterstadt", LocalDate.of(2024, 5, 10),
          "Der Grüntag 2024 in Musterstadt stand unter dem Motto „Bäume für alle“.",
          "Über das Programm des Grüntags berichtete das Stadtblatt am 3. Mai 2024; die Pflanzaktionen liefen von 10 bis"
              + " 15 Uhr."),
      release("partner.md", "Partnerstädte von Musterstadt", LocalDate.of(2024, 9, 1),
          "Mit Beheim pflegt Musterstadt seit 1990 eine Städtefreundschaft.",
          "Der internationale Tag der Städtepartnerschaften ist jedes Jahr am letzten Sonntag im April."));

  @Test
  void theCompoundOfAdjectiveAndNounFindsTheReleaseNamingIt() {
    Answer answer = engine.answer(Question.of("Wann ist der grüne Tag?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text().lines().findFirst()).hasValueSatisfying(first -> assertThat(first).contains("Grüntag"));
  }
}
