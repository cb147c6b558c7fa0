package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which neighbours of the answer sentence an answer quotes. */
class AnswerEngineNeighbourTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("zentrum.md", "Neues Bildungszentrum Musterhaus in Musterstadt",
          "Bei der Feier am 3. März 2024 waren rund 40 geladene Gäste im Bildungszentrum Musterhaus.",
          "Im Werkraum des Bildungszentrums Musterhaus gibt es 3D-Drucker, eine Fräse und VR-Brillen.",
          "Zum Bildungszentrum Musterhaus gehört außerdem ein Medienraum."),
      release("zwilling.md", "Musterplan: der digitale Zwilling für die Stadtplanung",
          "Das Klima-Werkzeug von Musterplan liefert Daten zu Temperatur, Regen und Wind.",
          "Musterplan ist eine Cloud-Anwendung, die die Stadt Musterstadt zusammen mit der Agentur Blauwerk "
              + "entwickelt hat.",
          "Musterplan wurde innerhalb eines Jahres auf einer Plattform entwickelt."),
      release("partner.md", "Partnerstädte und befreundete Städte von Musterstadt",
          "Musterstadt hat drei Partnerstädte: Aheim, Beheim und Ceheim.",
          "Begegnungen im Mai 2024",
          "Am 3. Mai 2024 reisten Schülerinnen und Schüler aus Musterstadt nach Aheim.",
          "Keine Partnerstädte: Dorfen und Efeld",
          "Dorfen und Efeld sind keine Partnerstädte von Musterstadt, sondern waren Partner im Austauschprogramm "
              + "„Städte von morgen“.",
          "Efeld ist seit 2003 Partnerstadt von Gestadt."),
      release("verwaltung.md", "Digitale Verwaltung in Musterstadt",
          "Anna Beispiel ist als IT-Leiterin der Stadt Musterstadt für die digitale Verwaltung zuständig.",
          "Mit der Musterstrategie will die Stadt Musterstadt in fünf Jahren schnellere Bürgerservices erreichen."),
      release("bibliothek.md", "Die Stadtbibliothek Musterstadt",
          "Die Stadtbibliothek hat neue Räume.", "Am Eingang zählen Geräte die Besucher.",
          "Die Stadt Musterstadt plant ein Lesefest."));

  @Test
  void answerNamingTheDevicesAskedForQuotesNoNeighbourWithoutAQuestionWord() {
    Answer answer = engine.answer(Question.of("Welche Geräte gibt es im Werkraum?"));

    assertThat(answer.evidence()).containsExactly(
        "Im Werkraum des Bildungszentrums Musterhaus gibt es 3D-Drucker, eine Fräse und VR-Brillen.");
  }

  @Test
  void answerNamingTheAgencyAskedForQuotesNoNeighbourThatDoesNotNameAnAgency() {
    Answer answer = engine.answer(Question.of("Welche Agentur hat Musterplan mit der Stadt entwickelt?"));

    assertThat(answer.evidence()).containsExactly("Musterplan ist eine Cloud-Anwendung, die die Stadt Musterstadt "
        + "zusammen mit der Agentur Blauwerk entwickelt hat.");
  }

  @Test
  void answerQuotesNoSentenceFromAnotherSectionThatSharesOnlyTheCityWithTheQuestion() {
    Answer answer = engine.answer(Question.of("Ist Dorfen eine Partnerstadt von Musterstadt?"));

    assertThat(answer.evidence()).contains("Dorfen und Efeld sind keine Partnerstädte von Musterstadt, sondern waren "
        + "Partner im Austauschprogramm „Städte von morgen“.")
        .noneMatch(sentence -> sentence.contains("Schülerinnen"));
  }

  @Test
  void answerQuotesNoNeighbourThatSharesOnlyACommonWordWithTheQuestion() {
    Answer answer = engine.answer(Question.of("Was will die Stadt mit der Musterstrategie erreichen?"));

    assertThat(answer.evidence()).containsExactly("Mit der Musterstrategie will die Stadt Musterstadt in fünf Jahren "
        + "schnellere Bürgerservices erreichen.");
  }

  private static KnowledgeDocument release(String file, String title, String... paragraphs) {
    return TestReleases.release(file, title, LocalDate.of(2024, 3, 4), paragraphs);
  }
}
