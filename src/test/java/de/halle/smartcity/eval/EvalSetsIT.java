package de.halle.smartcity.eval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.AnswerEngine;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the dev eval sets end to end with the real engine (real Lucene, real embeddings) and fails when quality drops
 * below floors set just under the measured numbers. Embeddings are cached under the build directory.
 */
class EvalSetsIT {

  private static final Path EVAL = Path.of("src/test/resources/eval");
  private static final Path CACHE = Path.of("target/it-embeddings");
  private static final Path SYNONYMS = Path.of("knowledge/synonyms.txt");

  private static EvalScore run(KnowledgeSnapshot knowledge, Path questions) {
    try (AnswerEngine engine = AnswerEngine.open(knowledge, CACHE, SYNONYMS)) {
      EvalScore score = new EvalRunner(engine).run(questions);
      System.out.println(questions.getFileName() + ": " + score.line());
      return score;
    }
  }

  @Test
  void everyHalleDevQuestionIsAnsweredOrDeclinedCorrectlyFromTheProjectKnowledge() {
    EvalScore score = run(new KnowledgeFolder(Path.of("knowledge")).load(),
        EVAL.resolve("halle/halle_dev_questions.jsonl"));

    assertThat(score.failures()).isEmpty();
  }

  @Test
  void integreatDevStaysAboveItsFloors() {
    EvalScore score = run(new KnowledgeFolder(EVAL.resolve("integreat-qa/knowledge")).load(),
        EVAL.resolve("integreat-qa/dev_questions.jsonl"));

    assertThat(score.answerAccuracy()).isGreaterThanOrEqualTo(0.40);
    assertThat(score.abstainAccuracy()).isGreaterThanOrEqualTo(0.40);
    assertThat(score.overall()).isGreaterThanOrEqualTo(0.40);
  }

  @Test
  void xquadTopAnswerAccuracyStaysAboveItsFloor() {
    EvalScore score = run(new KnowledgeFolder(EVAL.resolve("xquad-de/knowledge")).load(),
        EVAL.resolve("xquad-de/questions.jsonl"));

    assertThat(score.answerAccuracy()).isGreaterThanOrEqualTo(0.58);
  }
}
