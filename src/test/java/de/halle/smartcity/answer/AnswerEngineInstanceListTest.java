package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question for the members of a class ("Welche Maßnahmen …?", "Was sind die Handlungsfelder …?") is answered by
 * the sentence listing them, not by one that names the question's other words more often but only repeats the class
 * noun or names no instance of it.
 */
class AnswerEngineInstanceListTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("strategie.md", "Smart Region Musterland: Leitbild, Handlungsfelder und Maßnahmen",
          LocalDate.of(2025, 5, 2),
          "Nach dem Leitbild der Smart-Region-Strategie soll Musterland bis 2035 zur „Vorreiterin“ im Norden "
              + "werden.",
          "Die Smart-Region-Strategie von Musterland baut auf dem Entwicklungsplan Muster 2030 auf.",
          "Räumliche Ausgangspunkte der Smart-Region-Strategie sind der Norden von Musterland und Neu-Musterdorf.",
          "Die Smart Region Musterland hat vier Handlungsfelder: Handel, Schule, Verkehr und Rathaus.",
          "Im Handlungsfeld Verkehr soll ein Zählnetz die Auslastung messen.",
          "Die drei Maßnahmen der Smart Region Musterland sind der Stadtplan AlphaPlan, die Leseinitiative "
              + "„Lies mit“ und der Bürgerbus."),
      release("austausch.md", "Brückenorte: das musterländisch-beispielländische Austauschprogramm",
          LocalDate.of(2023, 4, 22),
          "„Brückenorte – Verkehr und Arbeit“ ist ein Austauschprogramm des Musterrats zwischen Musterland und "
              + "Beispielland zu Verkehr und Zukunft der Arbeit.",
          "Beim Austauschprogramm Brückenorte waren musterländische und beispielländische Orte dabei, je drei in "
              + "jeder Runde."),
      release("reise.md", "Musterstadt im Austauschprogramm Brückenorte", LocalDate.of(2023, 4, 21),
          "Beim Austauschprogramm waren im Jahr 2019 die Orte Musterstadt, Xdorf und Ydorf dabei.",
          "Im Jahr 2020 folgte ein Austausch mit Partnern in Musterstadt und Xdorf."));

  @Test
  void whichMeasuresIsAnsweredByTheSentenceListingThem() {
    Answer answer = engine.answer(Question.of("Welche Maßnahmen gibt es in der Smart Region Strategie?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains("Die drei Maßnahmen der Smart Region Musterland sind der Stadtplan AlphaPlan, "
        + "die Leseinitiative „Lies mit“ und der Bürgerbus.");
  }

  @Test
  void whatAreTheFieldsIsAnsweredByTheSentenceListingThem() {
    Answer answer = engine.answer(Question.of("Was sind die Handlungsfelder der Smart Region Strategie?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence())
        .contains("Die Smart Region Musterland hat vier Handlungsfelder: Handel, Schule, Verkehr und Rathaus.");
  }

  @Test
  void aNewerReleaseOnlyRepeatingTheClassNounDoesNotDisplaceAnOlderOneListingTheInstances() {
    Answer answer = engine.answer(Question.of("Welche Orte waren beim Austauschprogramm dabei?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().asString().startsWith("Beim Austauschprogramm waren im Jahr 2019");
  }
}
