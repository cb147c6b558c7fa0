package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which sentences under another heading than the answer sentence's join the answer. */
class AnswerEngineOtherSectionTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("partner.md", "Partnerstädte von Musterstadt",
          "Musterstadt hat drei Partnerstädte: Aheim, Beheim und Ceheim.",
          "Partnerstädte",
          "Die Städtepartnerschaft zwischen Musterstadt und Aheim in Musterland besteht seit 1972.",
          "Die Städtepartnerschaft zwischen Musterstadt und Beheim besteht seit 1987.",
          "Einzelheiten zu den Partnerstädten",
          "Die Städtepartnerschaft zwischen Musterstadt und Beheim wurde im September 1987 geschlossen.",
          "In Ceheim bekam 1980 eine Straße den Namen „Musterstraße“."));

  @Test
  void answerQuotesNoSentenceFromAnotherSectionAboutAnotherOfTheListedPartnersThoughItHoldsTheQuestionsVerb() {
    Answer answer = engine.answer(Question.of("Wann wurde die Städtepartnerschaft mit Aheim geschlossen?"));

    assertThat(answer.evidence()).contains(
        "Die Städtepartnerschaft zwischen Musterstadt und Aheim in Musterland besteht seit 1972.")
        .noneMatch(sentence -> sentence.contains("Beheim"));
  }

  private static KnowledgeDocument release(String file, String title, String... paragraphs) {
    return TestReleases.release(file, title, LocalDate.of(2024, 6, 11), paragraphs);
  }
}
