package de.halle.smartcity.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of similar questions the releases did not answer well: declined by the bot or rated 👎 by citizens.
 *
 * @param exampleQuestion the first question of the group (scrubbed of personal data)
 * @param count how many questions the group holds
 * @param firstSeen when the first was asked
 * @param lastSeen when the last was asked
 * @param declined how many of them the bot declined
 * @param thumbsDown how many of them citizens rated 👎
 * @param closestReleaseTitle the release most often found for them at answer time, if any
 * @param closestReleaseFile that release's knowledge file, if any
 */
public record KnowledgeGap(
    String exampleQuestion,
    int count,
    Instant firstSeen,
    Instant lastSeen,
    int declined,
    int thumbsDown,
    Optional<String> closestReleaseTitle,
    Optional<String> closestReleaseFile) {

  public KnowledgeGap {
    Objects.requireNonNull(exampleQuestion, "exampleQuestion");
    Objects.requireNonNull(closestReleaseTitle, "closestReleaseTitle");
    Objects.requireNonNull(closestReleaseFile, "closestReleaseFile");
    if (count < 1 || declined < 0 || thumbsDown < 0 || declined + thumbsDown < count) {
      throw new IllegalArgumentException("counts must satisfy 1 <= count <= declined + thumbsDown but were count="
          + count + " declined=" + declined + " thumbsDown=" + thumbsDown);
    }
    if (lastSeen.isBefore(firstSeen)) {
      throw new IllegalArgumentException("lastSeen " + lastSeen + " is before firstSeen " + firstSeen);
    }
  }
}
