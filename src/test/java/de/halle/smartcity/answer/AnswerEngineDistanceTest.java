package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Wie weit ist … von …?" asks for a distance: a sentence naming both places and a date is no answer, one giving a
 * length is.
 */
class AnswerEngineDistanceTest {

  private static final String FAIR =
      "Auf der Messe in Beheim vom 6. bis 8. Oktober 2025 trat die Stadt Aheim mit 27 Ausstellern auf.";
  private static final String LENGTH = "Der Radweg von Aheim nach Zeheim ist 40 Kilometer lang.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("messe.md", "Aheim auf der Messe in Beheim", LocalDate.of(2025, 10, 6),
          FAIR, "Die Stadt Aheim stellte dort ihre Gewerbegebiete vor."),
      release("radweg.md", "Neuer Radweg nach Zeheim", LocalDate.of(2025, 5, 1),
          LENGTH, "Der Radweg wurde im Mai 2025 eröffnet."));

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Wie weit ist Aheim von Beheim?", "How far is Aheim from Beheim?",
      "How far is it from Aheim to Beheim?"})
  void aSentenceNamingBothPlacesWithoutADistanceIsNoAnswer(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.text()).doesNotContain(FAIR);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Wie weit ist es von Aheim nach Zeheim?", "How far is it from Aheim to Zeheim?"})
  void aSentenceGivingTheLengthAnswers(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(LENGTH);
  }
}
