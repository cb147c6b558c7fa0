package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped {@code knowledge/synonyms.txt}: a question's word finds a release's other form of it. */
class AnswerEngineSynonymsTest {

  private static final String CONFERENCE =
      "Am 3. Juni 2025 fand in Musterstadt die Regionalkonferenz der Modellprojekte mit 135 Teilnehmenden statt.";
  private static final String STAFF = "Im Servicebüro der Stadt Musterstadt arbeiten zwölf Mitarbeiter.";
  private static final String PROJECT =
      "Im Projekt Musterzählung misst der Musterverkehr, wie voll Busse und Straßenbahnen sind.";
  private static final String APP = "Die App „Muster Unterwegs“ soll zeigen, ob das nächste Fahrzeug leer, mittel "
      + "oder stark besetzt ist, und Prognosen zur Auslastung anzeigen.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("strategie.md", "Die Smart-City-Strategie von Musterstadt", LocalDate.of(2025, 6, 10),
          "Die Stadt Musterstadt ist ein Modellprojekt Smart Cities.", CONFERENCE),
      release("austausch.md", "Ein Austauschprogramm mit Aheim", LocalDate.of(2023, 4, 22),
          "Jede Teilnehmerin und jeder Teilnehmer verbrachte eine Woche in Aheim.",
          "Das Programm lief von 2019 bis 2023."),
      release("servicebuero.md", "Das Servicebüro in Musterstadt", LocalDate.of(2024, 2, 1),
          "Das Servicebüro der Stadt Musterstadt liegt am Markt.", STAFF),
      release("auslastung.md", "Wie voll ist der Bus? Auslastung und Apps", LocalDate.of(2025, 8, 20),
          "## Auslastung von Bus und Bahn", PROJECT,
          "Für die Messung baut der Musterverkehr Sensoren in Busse und Straßenbahnen ein.", APP,
          "## Apps", "Die App „Muster Mobil“ zeigt Busse und Bahnen live sowie Baustellen und Parkplätze."));

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Regionalkonferenz 2025 Teilnehmer|" + CONFERENCE,
      "Wie viele Teilnehmer hatte die Regionalkonferenz 2025?|" + CONFERENCE,
      "Wie viele Mitarbeitende hat das Servicebüro?|" + STAFF})
  void anAgentNounFindsTheParticipleNamingTheSamePeopleAndTheOtherWayRound(String question, String expected) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Zeigt die App an, wie voll der Bus ist?",
      "Does the app show how full the bus is?"})
  void howFullFindsHowOccupiedAndShowsFindsItsOtherForms(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence().get(0)).isEqualTo(APP);
  }
}
