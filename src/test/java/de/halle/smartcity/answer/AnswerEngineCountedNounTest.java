package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Wie viele <Nomen> …?" is answered by a number counting that noun, not by how often or what it costs. */
class AnswerEngineCountedNounTest {

  private static final String RENTALS = "Bis Ende Februar 2024 wurden die Musterräder mehr als 7.800 Mal ausgeliehen.";
  private static final String FARE = "Der Grundtarif für die Musterräder beträgt 1 Euro pro 15 Minuten.";
  private static final String STATIONS = "In Musterstadt gibt es neun Mobilitätsstationen.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("musterrad.md", "Musterrad: Leihräder in Musterstadt", LocalDate.of(2024, 6, 11),
          "Das Leihradsystem Musterrad startete Mitte Oktober 2023.", RENTALS, FARE),
      release("stationen.md", "Mobilitätsstationen in Musterstadt", LocalDate.of(2024, 9, 13),
          STATIONS, "An den Mobilitätsstationen gibt es Carsharing und Leihräder."));

  @Test
  void aNumberOfTimesOrOfEurosDoesNotAnswerHowManyThingsThereAre() {
    Answer answer = engine.answer(Question.of("Wie viele Musterräder gibt es?"));

    assertThat(answer.text()).doesNotContain(RENTALS).doesNotContain(FARE);
  }

  @Test
  void howOftenIsStillAnsweredByTheNumberOfTimes() {
    Answer answer = engine.answer(Question.of("Wie oft wurden die Musterräder ausgeliehen?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(RENTALS);
  }

  @Test
  void aNumberCountingTheNounAnswers() {
    Answer answer = engine.answer(Question.of("Wie viele Mobilitätsstationen gibt es?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(STATIONS);
  }
}
