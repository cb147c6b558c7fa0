package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a question asks for decides which sentence may answer it: a yes/no question or a noun asks whether, not for
 * clock times; "Wo finde ich …?" asks where; "nachts" asks for the times of service; "Wie erreiche ich …?" for a
 * contact.
 */
class AnswerEngineAskedKindTest {

  private static final String CANCELLED =
      "Wegen der Umzugsvorbereitungen entfielen ab dem 8. Dezember 2025 die offenen Sprechstunden im Musteramt.";
  private static final String STATIONS = "Laut musterstadt.de liegen die Leihstationen unter anderem in der Nähe der "
      + "Haltestellen Markt, Nordbahnhof und Südstadt.";
  private static final String HOURS = "Der rollmix_bus ist täglich von 5:00 bis 24:00 Uhr unterwegs.";
  private static final String PHONE =
      "Für Fragen zum Modellprojekt Lichtstadt nennt die Stadt die Telefonnummer 0123 456789 des Fachbereichs Zukunft.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("musteramt.md", "Musteramt: Umzug an einen gemeinsamen Standort", LocalDate.of(2025, 12, 8),
          "Das Musteramt der Stadt Musterstadt zieht im Januar 2026 in die Beispielstraße 1.", CANCELLED,
          "Der Umzug des Musteramts war für den gesamten Januar 2026 geplant."),
      release("leihstationen.md", "Leihstationen in Musterstadt", LocalDate.of(2024, 9, 14),
          "An den Leihstationen gibt es Leihräder und Carsharing-Autos der Musterwerke.", STATIONS,
          "Eine Leihstation bietet mindestens zwei Verkehrsmittel an."),
      release("rollmix.md", "rollmix: App und Bus der Musterwerke", LocalDate.of(2024, 6, 11),
          "In der rollmix_app kann man Fahrten mit dem rollmix_bus buchen und Abonnements verwalten.",
          "Der rollmix_bus fährt seit Dezember 2023 im Nordviertel und in Musterstadt-Ost.", HOURS,
          "Fahrten mit dem rollmix_bus kann man bis zu 24 Stunden im Voraus buchen."),
      release("lichtstadt.md", "Modellprojekt Lichtstadt in Musterstadt", LocalDate.of(2025, 6, 10),
          "Das Modellprojekt Lichtstadt hat vier Handlungsfelder: Wirtschaft, Bildung, Mobilität und Verwaltung.",
          "Im Jahr 2021 wurde Musterstadt als Modellprojekt Lichtstadt ausgewählt.",
          "Laut musterstadt.de ist das Programm „Modellprojekte Lichtstadt“ beim zuständigen Bundesministerium "
              + "angesiedelt.",
          "Zum Netzwerk der „Modellprojekte Lichtstadt“ gehören insgesamt 73 Kommunen.", PHONE),
      release("strategie.md", "Digitalstrategie der Stadt Musterstadt", LocalDate.of(2025, 2, 1),
          "Mit der Digitalstrategie will die Stadt Musterstadt einen Kulturwandel in der Verwaltung erreichen."));

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Gibt es offene Sprechstunden im Musteramt?|" + CANCELLED,
      "Sprechstunden im Musteramt|" + CANCELLED,
      "Wo finde ich Leihstationen?|" + STATIONS,
      "Fährt der rollmix_bus auch nachts?|" + HOURS})
  void aQuestionIsAnsweredByTheSentenceHoldingWhatItAsksFor(String question, String expected) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Wie kann ich das Modellprojekt Lichtstadt erreichen?",
      "Wie kontaktiere ich das Modellprojekt Lichtstadt?"})
  void aQuestionHowToReachSomeoneIsAnsweredWithTheirContact(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().isEqualTo(PHONE);
  }
}
