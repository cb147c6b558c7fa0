package de.halle.smartcity.cli;

import de.halle.smartcity.answer.QuestionAnswerer;
import java.nio.file.Path;

/**
 * Asks an answerer every question of a question file (JSON lines as in {@code halle_dev_questions.jsonl}) and scores
 * the replies exactly like {@code score.py}; {@code App} wires the eval package's scorer in.
 */
@FunctionalInterface
public interface QuestionSetScorer {

  /**
   * Scores one question file.
   *
   * @throws IllegalArgumentException naming file and line when the question file is malformed
   */
  Scorecard score(Path questionFile, QuestionAnswerer answerer) throws Exception;
}
