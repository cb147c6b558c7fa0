package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import java.util.List;

/**
 * Releases for the engine tests: a file with title, date and paragraphs, its source on example.org (an engine over
 * them: {@link EngineFixture}).
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
}
