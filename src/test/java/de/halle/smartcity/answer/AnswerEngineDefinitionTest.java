package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Was ist …?" prefers the sentence that says what it is, but a release without one still answers. */
class AnswerEngineDefinitionTest {

  /** The project's release on the digital twin: most of its sentences name it, the first says what it is. */
  private static final String TWIN = "014-hal-plan.md";

  private static final KnowledgeDocument TWIN_RELEASE =
      new KnowledgeFolder(Path.of("knowledge")).loadFile(TWIN).document().orElseThrow();
  private static final String DEFINITION = TWIN_RELEASE.paragraphs().get(0);

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(TWIN_RELEASE,
      release("messe.md", "Musterstadt auf der Messe Bauwelt", LocalDate.of(2025, 10, 6),
          "Auf der Messe Bauwelt 2025 traten die Stadt Musterstadt und ihre Gesellschaft gemeinsam auf.",
          "Auf dem Gemeinschaftsstand waren auf der Messe Bauwelt 2025 insgesamt 27 Aussteller vertreten."));

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Was ist HAL-Plan?", "Was ist der HAL-Plan?", "Was ist HAL-Plan eigentlich?"})
  void aWhatIsQuestionStartsWithTheSentenceSayingWhatItIs(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(DEFINITION).contains(" ist ein ");
    assertThat(answer.evidence()).first().isEqualTo(DEFINITION);
  }

  @Test
  void aWhatIsQuestionIsStillAnsweredWhenNoSentenceSaysWhatItIs() {
    Answer answer = engine.answer(Question.of("Was ist die Messe Bauwelt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("Bauwelt 2025");
  }
}
