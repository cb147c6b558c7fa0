package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short English question, translated into a few German search words, is still read as a question, not as a message
 * of keywords: "Can I book an appointment online?" does not ask for the date of an appointment.
 */
class AnswerEngineEnglishQuestionTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("amt.md", "Termine im Bürgeramt Musterstadt",
          "Einen Termin im Bürgeramt können Sie online buchen. Der Termin für die Eröffnung des neuen Bürgeramts war "
              + "der 3. Mai 2024."));

  @ParameterizedTest(name = "\"{0}\" like \"{1}\"")
  @CsvSource(delimiterString = " | ", value = {
      "Can I book an appointment online? | Kann ich einen Termin online buchen? | online buchen",
      "can I book an appointment online | Kann ich einen Termin online buchen? | online buchen"})
  void aShortEnglishQuestionIsAnsweredLikeItsGermanVersion(String english, String german, String fact) {
    Answer inEnglish = engine.answer(Question.of(english));
    Answer inGerman = engine.answer(Question.of(german));

    assertThat(inEnglish.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(inEnglish.language()).isEqualTo("en");
    assertThat(inEnglish.evidence()).isEqualTo(inGerman.evidence()).anyMatch(s -> s.contains(fact));
  }

  private static KnowledgeDocument release(String file, String title, String text) {
    return TestReleases.release(file, title, LocalDate.of(2024, 1, 10), text);
  }
}
