package de.halle.smartcity.knowledge;

import java.util.Objects;

/**
 * A problem found in one knowledge file, phrased for the press-office editor who has to fix it.
 *
 * @param file file name relative to the knowledge folder
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do, in German, e.g. "Pflichtfeld 'date' fehlt: date: 2023-04-21 ergänzen"
 * @param severity {@link Severity#ERROR} when the file (or this version of it) was rejected, {@link Severity#WARNING}
 *     when it was loaded anyway
 */
public record KnowledgeProblem(String file, int line, String message, Severity severity) {

  /** How bad a problem is: an error rejects the file, a warning only asks the editor to tidy up. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public KnowledgeProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0 but was " + line);
    }
  }

  /** An error: the file was rejected. */
  public KnowledgeProblem(String file, int line, String message) {
    this(file, line, message, Severity.ERROR);
  }

  /** A warning: the file was loaded, but the editor should tidy it up. */
  public static KnowledgeProblem warning(String file, int line, String message) {
    return new KnowledgeProblem(file, line, message, Severity.WARNING);
  }

  /** Returns whether this problem rejected the file. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Renders the problem as {@code file:line: message} (line left out when unknown, warnings marked). */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ": " : file + ": ";
    return severity == Severity.WARNING ? where + "Warnung: " + message : where + message;
  }
}
