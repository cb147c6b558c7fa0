package de.halle.smartcity.cli;

/** Thrown for bad command-line arguments; the command line prints the message with the usage and exits with 2. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what is wrong, e.g. {@code --releases needs a number}. */
  public UsageException(String message) {
    super(message);
  }
}
