package de.halle.smartcity.knowledge;

import java.time.Instant;
import java.util.List;

/** Warns the editors about releases whose {@code valid_until} date has passed: they are still answered from. */
final class ExpiredDocuments {

  private ExpiredDocuments() {}

  /** Adds a warning to {@code problems} for every document that is no longer valid at {@code now}. */
  static void warn(List<KnowledgeDocument> documents, Instant now, List<KnowledgeProblem> problems) {
    for (KnowledgeDocument document : documents) {
      if (document.expiredAt(now)) {
        problems.add(KnowledgeProblem.warning(document.file(), 0, "valid_until " + document.validUntil()
            + " ist abgelaufen: Antworten aus dieser Datei tragen einen Hinweis, dass sie veraltet sein können;"
            + " bitte die Angaben prüfen und valid_until verlängern, entfernen oder die Datei löschen"));
      }
    }
  }
}
