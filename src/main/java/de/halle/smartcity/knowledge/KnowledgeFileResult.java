package de.halle.smartcity.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing one knowledge file: the document when it was accepted, and every problem found.
 *
 * @param file file name relative to the knowledge folder
 * @param document the parsed document, empty when the file was rejected
 * @param problems errors (when rejected) and warnings, in file order
 */
public record KnowledgeFileResult(String file, Optional<KnowledgeDocument> document, List<KnowledgeProblem> problems) {

  public KnowledgeFileResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(document, "document");
    problems = List.copyOf(problems);
    if (document.isEmpty() && problems.stream().noneMatch(KnowledgeProblem::isError)) {
      throw new IllegalArgumentException("rejected file needs an error: " + file);
    }
  }

  /** A rejected file with one error. */
  static KnowledgeFileResult rejected(String file, KnowledgeProblem error) {
    return new KnowledgeFileResult(file, Optional.empty(), List.of(error));
  }

  /** Returns whether the file was accepted. */
  public boolean accepted() {
    return document.isPresent();
  }
}
