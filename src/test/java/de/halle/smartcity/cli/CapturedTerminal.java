package de.halle.smartcity.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A terminal with a fixed standard input whose output and error streams are kept for assertions. */
final class CapturedTerminal {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Terminal terminal;

  CapturedTerminal(String stdin) {
    this.terminal =
        Terminal.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
  }

  Terminal terminal() {
    return terminal;
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
