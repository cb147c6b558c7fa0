package de.halle.smartcity.cli;

import java.util.Objects;
import java.util.Set;

/**
 * What a command accepts and how it is described in the usage text.
 *
 * @param name the command word, e.g. {@code ask}
 * @param synopsis the arguments as shown in the usage, e.g. {@code [--knowledge DIR] [--json] [QUESTION]}
 * @param summary one line saying what the command does
 * @param flags options without a value, e.g. {@code --json}
 * @param options options that take a value, e.g. {@code --knowledge}
 * @param maxPositional how many plain arguments the command takes at most
 */
public record CommandSpec(
    String name, String synopsis, String summary, Set<String> flags, Set<String> options, int maxPositional) {

  public CommandSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(synopsis, "synopsis");
    Objects.requireNonNull(summary, "summary");
    flags = Set.copyOf(flags);
    options = Set.copyOf(options);
    if (maxPositional < 0) {
      throw new IllegalArgumentException("maxPositional must be >= 0 but was " + maxPositional);
    }
  }

  /** The usage line, e.g. {@code halle-bot ask [--knowledge DIR] [--json] [QUESTION]}. */
  public String usage() {
    return ("java -jar halle-bot.jar " + name + " " + synopsis).strip();
  }
}
