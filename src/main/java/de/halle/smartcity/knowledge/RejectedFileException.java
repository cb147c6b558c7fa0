package de.halle.smartcity.knowledge;

/** Signals, inside the parser, that a knowledge file is rejected for the reason in the message. */
final class RejectedFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  RejectedFileException(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  int line() {
    return line;
  }

  KnowledgeProblem toProblem(String file) {
    return new KnowledgeProblem(file, line, getMessage());
  }
}
