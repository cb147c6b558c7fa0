package de.halle.smartcity.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The streams a command talks through: standard input, output and error in UTF-8. Tests pass in-memory streams.
 *
 * @param in standard input, read line by line
 * @param out standard output: results
 * @param err standard error: usage, warnings and error messages
 */
public record Terminal(BufferedReader in, PrintStream out, PrintStream err) {

  public Terminal {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Wraps raw streams in UTF-8 readers and auto-flushing UTF-8 print streams. */
  public static Terminal of(InputStream in, OutputStream out, OutputStream err) {
    return new Terminal(
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
