package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Marks answers from a release whose {@code valid_until} date has passed: the citizen learns that the details may be
 * outdated instead of taking them as current. Thread-safe.
 */
final class ExpiryNote {

  private final Clock clock;

  ExpiryNote(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Whether the release is past its {@code valid_until} date today. */
  boolean expired(KnowledgeDocument document) {
    return document.expiredAt(clock.instant());
  }

  /** The body with the note on its own line when the release has expired and the note fits the budget. */
  String appendTo(String body, KnowledgeDocument document, String language, int budget) {
    return expired(document) ? OlderReleaseNote.withNote(body, note(document.validUntil(), language), budget) : body;
  }

  static String note(LocalDate validUntil, String language) {
    return "en".equals(language)
        ? "Note: this release was valid until " + validUntil + "; the details may be outdated."
        : "Hinweis: Diese Angaben galten bis " + Answer.GERMAN_DATE.format(validUntil)
            + " und sind möglicherweise nicht mehr aktuell.";
  }
}
