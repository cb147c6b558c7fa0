package de.halle.smartcity.config;

import java.util.List;

/** Thrown when environment variables are invalid; the message lists each bad variable and how to fix it. */
public final class SettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  SettingsException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per bad variable, e.g. {@code BOT_RETENTION_DAYS must be a whole number of days >= 1, got 'abc'}. */
  public List<String> problems() {
    return problems;
  }
}
