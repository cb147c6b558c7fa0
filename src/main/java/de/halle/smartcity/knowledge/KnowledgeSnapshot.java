package de.halle.smartcity.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An immutable view of the knowledge folder at one moment: the valid documents and the problems of the rest.
 *
 * @param documents valid documents, sorted by file name
 * @param problems problems of files that were skipped (or of which an older valid version keeps serving)
 * @param loadedAt when the folder was read
 */
public record KnowledgeSnapshot(
    List<KnowledgeDocument> documents, List<KnowledgeProblem> problems, Instant loadedAt) {

  public KnowledgeSnapshot {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    Objects.requireNonNull(loadedAt, "loadedAt");
  }
}
