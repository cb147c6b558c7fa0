package de.halle.smartcity.knowledge;

import java.util.Objects;

/**
 * A problem found in one knowledge file, phrased for the press-office editor who has to fix it.
 *
 * @param file file name relative to the knowledge folder
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do, in German, e.g. "Pflichtfeld 'date' fehlt: date: 2023-04-21 ergänzen"
 */
public record KnowledgeProblem(String file, int line, String message) {

  public KnowledgeProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0 but was " + line);
    }
  }

  /** Renders the problem as {@code file:line: message} (line left out when unknown). */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
