package de.halle.smartcity.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rejects documents that repeat an earlier one (same content hash, or same title and date); "earlier" is by file name,
 * so the later file is the one reported.
 */
final class DuplicateFilter {

  private final Map<String, String> fileByHash = new HashMap<>();
  private final Map<String, String> fileByTitleAndDate = new HashMap<>();

  /** Returns null when the document is new (and remembers it), or the error when it repeats an earlier one. */
  KnowledgeProblem check(KnowledgeDocument document) {
    String sameContent = fileByHash.get(document.contentHash());
    if (sameContent != null) {
      return new KnowledgeProblem(document.file(), 0, "Doppelte Datei: gleicher Inhalt wie " + sameContent
          + ": bitte eine der beiden Dateien löschen");
    }
    String key = document.title().toLowerCase(Locale.ROOT) + "|" + document.date();
    String sameTitle = fileByTitleAndDate.get(key);
    if (sameTitle != null) {
      return new KnowledgeProblem(document.file(), 0, "Doppelte Meldung: gleicher Titel und gleiches Datum wie "
          + sameTitle + ": bitte eine der beiden Dateien löschen oder den Titel unterscheidbar machen");
    }
    fileByHash.put(document.contentHash(), document.file());
    fileByTitleAndDate.put(key, document.file());
    return null;
  }

  /**
   * Keeps the documents that do not repeat an earlier one, in the given order, adding an error for each rejected
   * document to {@code problems}.
   */
  static List<KnowledgeDocument> distinct(List<KnowledgeDocument> documents, List<KnowledgeProblem> problems) {
    DuplicateFilter filter = new DuplicateFilter();
    List<KnowledgeDocument> kept = new ArrayList<>();
    for (KnowledgeDocument document : documents) {
      KnowledgeProblem duplicate = filter.check(document);
      if (duplicate == null) {
        kept.add(document);
      } else {
        problems.add(duplicate);
      }
    }
    return kept;
  }
}
