package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What answers a "Wie alt …" question: an age or a year of founding or building, not any number. */
class AnswerEngineAgeTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("konferenz.md", "Musterstadt auf der Konferenz in Beispielburg",
          "Anna Beispiel, Leiterin der Musterwerke, nimmt am 21. und 22. April 2023 an der Abschlusskonferenz "
              + "des Programms „Städte von morgen“ in Beispielburg teil.",
          "Die Konferenz hat 120 Teilnehmer aus 14 Städten."),
      release("turm.md", "Der Musterturm in Musterstadt",
          "Der Musterturm wurde 1905 erbaut und ist 48 Meter hoch.",
          "Im Musterturm gibt es seit 2019 ein Café."));

  @Test
  void ageQuestionAboutAPersonIsDeclinedWhenNoSentenceHoldsAnAgeThoughOneHoldsADate() {
    Answer answer = engine.answer(Question.of("Wie alt ist Anna Beispiel?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
  }

  @Test
  void ageQuestionIsAnsweredByTheYearOfBuilding() {
    Answer answer = engine.answer(Question.of("Wie alt ist der Musterturm?"));

    assertThat(answer.evidence()).contains("Der Musterturm wurde 1905 erbaut und ist 48 Meter hoch.");
  }

  private static KnowledgeDocument release(String file, String title, String... paragraphs) {
    return TestReleases.release(file, title, LocalDate.of(2023, 4, 21), paragraphs);
  }
}
