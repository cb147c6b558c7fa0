package de.halle.smartcity.telegram;

import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The invented test releases in {@code src/test/resources/telegram/knowledge}, read with the real loader. */
final class FixtureKnowledge {
  /** When the snapshot claims to have been loaded. */
  static final Instant LOADED_AT = Instant.parse("2024-01-02T09:30:00Z");

  private FixtureKnowledge() {}

  static Path directory() {
    try {
      return Path.of(FixtureKnowledge.class.getResource("/telegram/knowledge").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static KnowledgeSnapshot snapshot() {
    return new KnowledgeFolder(directory(), Clock.fixed(LOADED_AT, ZoneOffset.UTC)).load();
  }
}
