package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Releases for the engine tests (a file with title, date and paragraphs, its source on example.org) and an engine over
 * them.
 */
final class TestReleases {

  private TestReleases() {}

  /** A release valid without end. */
  static KnowledgeDocument release(String file, String title, LocalDate date, String... paragraphs) {
    return expiring(file, title, date, null, paragraphs);
  }

  /** A release valid until {@code validUntil} (null: without end). */
  static KnowledgeDocument expiring(String file, String title, LocalDate date, LocalDate validUntil,
      String... paragraphs) {
    return new KnowledgeDocument(file, title, date, "https://example.org/" + file, List.of(), "", validUntil,
        List.of(paragraphs), Integer.toHexString(String.join("", paragraphs).hashCode()));
  }

  /** An engine over the releases, embeddings cached in {@code cache}, with the synonyms file (null: none). */
  static AnswerEngine engine(Path cache, Path synonyms, KnowledgeDocument... releases) {
    return AnswerEngine.open(new KnowledgeSnapshot(List.of(releases), List.of(), Instant.now()), cache, synonyms);
  }

  /** An engine over the releases whose today is {@code clock}'s, embeddings cached in {@code cache}, no synonyms. */
  static AnswerEngine engineOn(Clock clock, Path cache, KnowledgeDocument... releases) {
    return AnswerEngine.open(new KnowledgeSnapshot(List.of(releases), List.of(), Instant.now()), cache, null, clock);
  }
}
