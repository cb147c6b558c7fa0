package de.halle.smartcity.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds documents that repeat an earlier one, "earlier" by file name so the later file is the one reported: the same
 * body text (whatever the front matter says) is an error and the later file is rejected; the same title and date with
 * a different body is only a warning (distinct pages may share a title, e.g. "Öffnungszeiten"), and both are kept.
 */
final class DuplicateFilter {

  private final Map<List<String>, String> fileByBody = new HashMap<>();
  private final Map<String, String> fileByTitleAndDate = new HashMap<>();

  /**
   * Returns null when the document is new, an error when its body repeats an earlier document's, or a warning when
   * only its title and date do. Remembers every document it does not reject.
   */
  KnowledgeProblem check(KnowledgeDocument document) {
    String sameBody = fileByBody.get(document.paragraphs());
    if (sameBody != null) {
      return new KnowledgeProblem(document.file(), 0, "Doppelte Datei: gleicher Text wie " + sameBody
          + ": bitte eine der beiden Dateien löschen");
    }
    fileByBody.put(document.paragraphs(), document.file());
    String key = document.title().toLowerCase(Locale.ROOT) + "|" + document.date();
    String sameTitle = fileByTitleAndDate.putIfAbsent(key, document.file());
    if (sameTitle != null) {
      return KnowledgeProblem.warning(document.file(), 0, "gleicher Titel und gleiches Datum wie " + sameTitle
          + ", aber anderer Text: wenn es dieselbe Meldung ist, eine Datei löschen, sonst den Titel unterscheidbar"
          + " machen");
    }
    return null;
  }

  /**
   * Keeps the documents whose body does not repeat an earlier one, in the given order, adding an error for each
   * rejected document and a warning for each kept one that shares an earlier one's title and date to
   * {@code problems}.
   */
  static List<KnowledgeDocument> distinct(List<KnowledgeDocument> documents, List<KnowledgeProblem> problems) {
    DuplicateFilter filter = new DuplicateFilter();
    List<KnowledgeDocument> kept = new ArrayList<>();
    for (KnowledgeDocument document : documents) {
      KnowledgeProblem duplicate = filter.check(document);
      if (duplicate == null || !duplicate.isError()) {
        kept.add(document);
      }
      if (duplicate != null) {
        problems.add(duplicate);
      }
    }
    return kept;
  }
}
