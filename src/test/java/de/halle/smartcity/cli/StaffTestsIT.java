package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.AnswerEngine;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.knowledge.StaffTestQuestion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's staff test questions ({@code knowledge/tests/*.jsonl}) against the real engine over the project
 * knowledge, as {@code check} runs them: every line passes, so each is a regression test of the build; and each
 * follow-up (a line with {@code "earlier"}) fails when asked alone, so it really tests what the chat's earlier
 * questions add. Embeddings are cached under the build directory.
 */
class StaffTestsIT {

  private static final Path KNOWLEDGE = Path.of("knowledge");
  private static final Path CACHE = Path.of("target/it-embeddings");

  private static StaffTestQuestion alone(StaffTestQuestion q) {
    return new StaffTestQuestion(q.id(), q.question(), List.of(), q.expect(), q.expectAny(), q.expectNot(),
        q.abstain(), q.lang(), q.file(), q.line());
  }

  @Test
  void everyStaffTestQuestionOfTheProjectKnowledgePasses() {
    List<StaffTestQuestion> questions = StaffSelfTest.load(KNOWLEDGE).questions();

    try (AnswerEngine engine = AnswerEngine.open(new KnowledgeFolder(KNOWLEDGE).load(), CACHE,
        KNOWLEDGE.resolve("synonyms.txt"))) {
      StaffSelfTest.Result result = StaffSelfTest.run(questions, engine);

      assertThat(questions).hasSizeGreaterThanOrEqualTo(300);
      assertThat(result.failures()).extracting(StaffSelfTest.Failure::line).isEmpty();
    }
  }

  @Test
  void everyStaffFollowUpPassesAfterItsEarlierQuestionsAndFailsWhenAskedAlone() {
    List<StaffTestQuestion> followUps = StaffSelfTest.load(KNOWLEDGE).questions().stream()
        .filter(question -> !question.earlier().isEmpty())
        .toList();

    try (AnswerEngine engine = AnswerEngine.open(new KnowledgeFolder(KNOWLEDGE).load(), CACHE,
        KNOWLEDGE.resolve("synonyms.txt"))) {
      StaffSelfTest.Result withContext = StaffSelfTest.run(followUps, engine);
      StaffSelfTest.Result withoutContext = StaffSelfTest.run(followUps.stream().map(StaffTestsIT::alone).toList(),
          engine);

      assertThat(followUps).hasSizeGreaterThanOrEqualTo(5);
      assertThat(withContext.failures()).extracting(StaffSelfTest.Failure::line).isEmpty();
      assertThat(withoutContext.failedIds())
          .as("a follow-up that also passes asked alone does not test the chat context: pick a follow-up that needs it")
          .containsExactlyInAnyOrderElementsOf(followUps.stream().map(StaffTestQuestion::id).toList());
    }
  }
}
