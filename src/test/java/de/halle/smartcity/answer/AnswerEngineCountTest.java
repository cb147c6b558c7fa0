package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Wie viele …?" asks for a count, which a year is not; "Wie lange …?" asks for a duration, which years from … to …
 * are and a year alone is not.
 */
class AnswerEngineCountTest {

  private static final String COUNT =
      "Von 2014 bis 2016 war Musterstadt eine von 8 „Modellkommunen E-Government“ des Landes.";
  private static final String YEARS = "Musterstadt hatte einen E-Government-Masterplan für 2008 bis 2012.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("verwaltung.md", "Digitale Verwaltung in Musterstadt: Strategie und E-Government",
          LocalDate.of(2025, 3, 4),
          "Musterstadt stellt ihre Verwaltung auf digitale Akten um.", YEARS,
          "Der E-Government-Masterplan der Stadt Musterstadt für 2013 bis 2020 hieß „Muster-Plan“.", COUNT,
          "Das Bürgerbüro hat montags geschlossen."),
      release("radwege.md", "Musterstadt baut Radwege", LocalDate.of(2025, 2, 1),
          "Musterstadt baut in diesem Jahr zwölf neue Radwege.",
          "Die Stadt Musterstadt investiert dafür zwei Millionen Euro."),
      release("modell.md", "Musterstadt: Modellprojekt des Landes, Förderung und Laufzeit", LocalDate.of(2024, 7, 12),
          "Musterstadt gehört zu den „Modellprojekten Digitale Städte“, die das Land fördert.",
          "Auswahl",
          "Im Jahr 2021 wurde Musterstadt als eine von 32 Kommunen für die dritte Staffel der „Modellprojekte "
              + "Digitale Städte“ ausgewählt.",
          "Zum Netzwerk der „Modellprojekte Digitale Städte“ gehören insgesamt 73 Kommunen.",
          "Laufzeit",
          "Die vierjährige Umsetzungsphase des Digitale-Stadt-Projekts in Musterstadt hat im Jahr 2023 begonnen.",
          "Laut der Projektseite endet das Digitale-Stadt-Projekt nach einer Verlängerung am 31. Dezember 2027."));

  @Test
  void aCountQuestionLeavesOutANeighbourWhoseOnlyNumbersAreYears() {
    Answer answer = engine.answer(Question.of("Wie viele Modellkommunen E-Government gab es in Musterstadt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(COUNT).doesNotContain(YEARS);
  }

  @Test
  void aHowLongQuestionIsAnsweredByADurationOrAnEndNotByAYearAlone() {
    Answer answer = engine.answer(Question.of("Wie lange läuft das Modellprojekt Digitale Stadt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).containsAnyOf("vierjährige", "endet").doesNotContain("32 Kommunen");
  }

  @Test
  void aHowLongQuestionIsAnsweredByTheYears() {
    Answer answer = engine.answer(Question.of("Wie lange war Musterstadt eine Modellkommune E-Government?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("Von 2014 bis 2016");
  }
}
