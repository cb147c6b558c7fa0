package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.OlderReleaseNote.Candidate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OlderReleaseNoteTest {

  private static final LocalDate NEW = LocalDate.of(2024, 1, 10);
  private final OlderReleaseNote note = OlderReleaseNote.load(0.25);

  @ParameterizedTest(name = "{0} | {1} | older by {2} days, {3} lower, coverage {4} lower -> {5}")
  @CsvSource(delimiter = '|', value = {
    // newer sentence                             | older sentence                              | days | score | cover | note
    "Der Ausweis kostet zwölf Euro.               | Der Ausweis kostet zehn Euro.               | 365  | 0.0   | 0.0   | true",
    "Der Ausweis kostet 12 Euro.                  | Der Ausweis kostet 10 Euro.                 | 365  | 0.2   | 0.05  | true",
    "Die Konferenz fand im Mai 2023 statt.        | Die Konferenz fand im April 2023 statt.     | 30   | 0.1   | 0.0   | true",
    "Es kamen 1.000 Gäste.                        | Es kamen 1000 Gäste.                        | 30   | 0.0   | 0.0   | false",
    "Der Ausweis kostet zwölf Euro.               | Der Ausweis kostet zwölf Euro.              | 365  | 0.0   | 0.0   | false",
    "Der Ausweis kostet zwölf Euro ab 2024.       | Der Ausweis kostet zwölf Euro.              | 365  | 0.0   | 0.0   | false",
    "Der Ausweis kostet zwölf Euro.               | Der Ausweis kostet zehn Euro.               | 0    | 0.0   | 0.0   | false",
    "Der Ausweis kostet zwölf Euro.               | Der Ausweis kostet zehn Euro.               | -30  | 0.0   | 0.0   | false",
    "Der Ausweis kostet zwölf Euro.               | Der Ausweis kostet zehn Euro.               | 365  | 0.3   | 0.0   | false",
    "Der Ausweis kostet zwölf Euro.               | Der Ausweis kostet zehn Euro.               | 365  | 0.0   | 0.2   | false",
    "Der Ausweis ist in der Bibliothek erhältlich. | Der Ausweis kostet zehn Euro.              | 365  | 0.0   | 0.0   | false",
    "Der Ausweis kostet zwölf Euro.               | Der Ausweis ist in der Bibliothek erhältlich. | 365 | 0.0  | 0.0   | false",
  })
  void notesAnOlderCompetingReleaseOnlyWhenItStatesOtherValues(String newer, String older, int daysOlder,
      double scoreBelow, double coverageBelow, boolean expected) {
    Candidate answer = new Candidate("neu.md", "Neu", NEW, newer, 3.0, 0.8);
    Candidate other = new Candidate("alt.md", "Alt", NEW.minusDays(daysOlder), older, 3.0 - scoreBelow,
        0.8 - coverageBelow);

    assertThat(note.olderDisagreeing(answer, List.of(answer, other)).isPresent()).isEqualTo(expected);
  }

  @Test
  void onlyEachReleasesBestSentenceIsCompared() {
    Candidate answer = new Candidate("neu.md", "Neu", NEW, "Der Ausweis kostet zwölf Euro.", 3.0, 0.8);
    Candidate olderBest = new Candidate("alt.md", "Alt", NEW.minusYears(1), "Der Ausweis kostet zwölf Euro.", 3.0,
        0.8);
    Candidate olderWeaker = new Candidate("alt.md", "Alt", NEW.minusYears(1), "Früher waren es zehn Euro.", 2.9, 0.8);

    assertThat(note.olderDisagreeing(answer, List.of(answer, olderBest, olderWeaker))).isEmpty();
  }

  @Test
  void factsAreNumbersAndValueWordsFoldedAndWithoutThousandsSeparators() {
    assertThat(note.facts("Am 21. März 2023 kamen 1.500 Gäste, Eintritt 12,50 Euro, zwölf Stände."))
        .containsExactly("21", "maerz", "2023", "1500", "12,50", "zwoelf");
  }

  @Test
  void theNoteNamesTheOlderReleaseAndItsDateInTheAnswersLanguage() {
    Candidate older = new Candidate("alt.md", "Gebühren 2022", LocalDate.of(2022, 1, 10), "x", 1, 1);

    assertThat(OlderReleaseNote.note(older, "de"))
        .isEqualTo("Hinweis: Eine ältere Mitteilung (Gebühren 2022, Stand 10.01.2022) nennt dazu andere Angaben.");
    assertThat(OlderReleaseNote.note(older, "en"))
        .isEqualTo("Note: an older release (Gebühren 2022, as of 2022-01-10) gives different details.");
  }

  @Test
  void theNoteIsDroppedRatherThanExceedTheBudget() {
    assertThat(OlderReleaseNote.withNote("Antwort.", "Hinweis.", 17)).isEqualTo("Antwort.\nHinweis.");
    assertThat(OlderReleaseNote.withNote("Antwort.", "Hinweis.", 16)).isEqualTo("Antwort.");
  }
}
