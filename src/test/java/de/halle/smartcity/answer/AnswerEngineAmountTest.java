package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question asking for an amount ("Wie viel …", "Wie hoch …", "… gekostet?", "Was kostete …") is answered by the
 * sentence giving the amount alone: its words for the amount need not be repeated, so no neighbour joins for them. The
 * title's destination counts for the cost sentence naming the travelling town: the two are no peers.
 */
class AnswerEngineAmountTest {

  private static final String FREE = "Der Stadt Musterstadt entstehen für Reise und Teilnahme keine Kosten.";
  private static final String VISIT = "Bereits 2019 hatten Vertreter aus Musterstadt drei Städte in Übersee besucht.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("reise.md", "Musterstadt reist zur Konferenz nach Aheim", LocalDate.of(2023, 4, 21),
          "Die Stadt Musterstadt nimmt an der Abschlusskonferenz des Programms in Aheim teil. " + FREE + " "
              + VISIT),
      release("bahn.md", "Ein neuer Bahnhof in Musterstadt", LocalDate.of(2024, 5, 2),
          "Für den Bahnhof von Musterstadt zahlte die Stadt 4 Millionen Euro."));

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
      "Was kostete die Reise nach Aheim?",
      "Wie viel kostete die Reise nach Aheim?",
      "Wie viel hat die Reise nach Aheim gekostet?",
      "Wie hoch waren die Kosten der Reise nach Aheim?",
      "Wie viel musste Musterstadt für die Reise nach Aheim zahlen?"})
  void anAmountQuestionGetsTheAmountSentenceAlone(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).containsExactly(FREE);
  }
}
