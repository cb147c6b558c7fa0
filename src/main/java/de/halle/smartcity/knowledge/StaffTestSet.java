package de.halle.smartcity.knowledge;

import java.util.List;

/**
 * The staff test questions read from {@code knowledge/tests/}, and the problems of lines that could not be read.
 *
 * @param questions valid questions in file and line order
 * @param problems errors (bad lines, skipped) and warnings (unknown keys), naming file and line
 */
public record StaffTestSet(List<StaffTestQuestion> questions, List<KnowledgeProblem> problems) {

  public StaffTestSet {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  /** Returns whether any line was rejected. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(KnowledgeProblem::isError);
  }
}
