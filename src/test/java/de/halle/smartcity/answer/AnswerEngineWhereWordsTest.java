package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The synonyms of "wo" (a place, an address, a room, a street …) count only as whole words of a release: a sentence
 * does not say where something is because a compound in it holds one ("Medienraum", "MAC-Adressen", "Straßenbahn").
 */
class AnswerEngineWhereWordsTest {

  private static final String ROOMS =
      "Im Medienraum des Stadtlabors Musterstadt stehen zwölf Rechner, deren MAC-Adressen registriert sind.";
  private static final String NORTH = "Das Stadtlabor Musterstadt findet man im Norden der Stadt am alten Hafen.";
  private static final String TICKETS = "Den Eingang vom Tierpark Beispielhausen erreicht man mit Tickets aus der App.";
  private static final String GATE = "Der Eingang vom Tierpark Beispielhausen liegt an der Straße zum Bahnhof.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("kurse.md", "Kurse im Stadtlabor Musterstadt", LocalDate.of(2025, 3, 4),
          "Das Stadtlabor Musterstadt bietet Kurse für Jugendliche an.",
          ROOMS,
          "Die Kurse sind kostenlos."),
      release("labor.md", "Das Stadtlabor Musterstadt", LocalDate.of(2025, 2, 4),
          "Das Stadtlabor Musterstadt wurde 2019 eröffnet.",
          NORTH),
      release("tickets.md", "Tickets für den Tierpark Beispielhausen", LocalDate.of(2024, 9, 16),
          "Der Tierpark Beispielhausen zeigt seit Mai zwei Nashörner.",
          TICKETS),
      release("eingang.md", "Neuer Eingang", LocalDate.of(2024, 8, 16),
          "Die Nashörner kommen aus einem Zoo in Frankreich.",
          GATE));

  @Test
  void aWhereQuestionDoesNotPreferASentenceOnlyForACompoundHoldingAWordOfPlace() {
    Answer answer = engine.answer(Question.of("Wo ist das Stadtlabor Musterstadt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(NORTH).doesNotContain(ROOMS);
  }

  @Test
  void aSentenceWithAWordOfPlaceAsAWholeWordStillWins() {
    Answer answer = engine.answer(Question.of("Wo ist der Eingang vom Tierpark Beispielhausen?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(GATE).doesNotContain(TICKETS);
  }
}
