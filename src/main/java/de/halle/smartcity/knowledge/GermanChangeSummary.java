package de.halle.smartcity.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link KnowledgeChange} as one German line for the admins' change report, e.g.
 * {@code "+1 neu (a.md), 1 geändert (b.md), 1 Fehler: c.md: Pflichtfeld 'date' fehlt: …"}. Thread-safe.
 */
public final class GermanChangeSummary {

  private static final int NAMES_SHOWN = 3;

  /** Returns the one-line summary; {@code "keine Änderungen"} when nothing changed. */
  public String render(KnowledgeChange change) {
    List<String> parts = new ArrayList<>();
    addCount(parts, "+", change.added(), "neu");
    addCount(parts, "", change.changed(), "geändert");
    addCount(parts, "", change.removed(), "entfernt");
    List<KnowledgeProblem> errors = change.problems().stream().filter(KnowledgeProblem::isError).toList();
    long warnings = change.problems().size() - errors.size();
    if (warnings > 0) {
      parts.add(warnings + (warnings == 1 ? " Warnung" : " Warnungen"));
    }
    if (!errors.isEmpty()) {
      parts.add(errors.size() + " Fehler: "
          + errors.stream().map(KnowledgeProblem::toString).collect(Collectors.joining("; ")));
    }
    return parts.isEmpty() ? "keine Änderungen" : String.join(", ", parts);
  }

  private static void addCount(List<String> parts, String sign, List<String> files, String label) {
    if (files.isEmpty()) {
      return;
    }
    String names = files.stream().limit(NAMES_SHOWN).collect(Collectors.joining(", "));
    String more = files.size() > NAMES_SHOWN ? ", …" : "";
    parts.add(sign + files.size() + " " + label + " (" + names + more + ")");
  }
}
