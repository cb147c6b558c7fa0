package de.halle.smartcity.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one command: flags, options with values ({@code --name value} or {@code --name=value}) and
 * plain arguments; {@code --} ends the options.
 */
public final class Arguments {

  private final Set<String> flags;
  private final Map<String, String> options;
  private final List<String> positional;

  private Arguments(Set<String> flags, Map<String, String> options, List<String> positional) {
    this.flags = Set.copyOf(flags);
    this.options = Map.copyOf(options);
    this.positional = List.copyOf(positional);
  }

  /**
   * Parses the arguments after the command word.
   *
   * @throws UsageException naming the unknown option, the option without a value or the extra argument
   */
  public static Arguments parse(List<String> args, CommandSpec spec) {
    Set<String> flags = new HashSet<>();
    Map<String, String> options = new HashMap<>();
    List<String> positional = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        positional.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else {
        i = option(args, i, spec, flags, options);
      }
    }
    if (positional.size() > spec.maxPositional()) {
      throw new UsageException(
          spec.maxPositional() == 0
              ? "takes no arguments but got '" + positional.get(0) + "'"
              : "too many arguments: " + positional + " (put a question in quotes)");
    }
    return new Arguments(flags, options, positional);
  }

  private static int option(
      List<String> args, int i, CommandSpec spec, Set<String> flags, Map<String, String> options) {
    String arg = args.get(i);
    int equals = arg.indexOf('=');
    String name = equals > 0 ? arg.substring(0, equals) : arg;
    if (spec.flags().contains(name) && equals < 0) {
      flags.add(name);
      return i;
    }
    if (!spec.options().contains(name)) {
      throw new UsageException("unknown option " + name);
    }
    if (equals > 0) {
      options.put(name, arg.substring(equals + 1));
      return i;
    }
    if (i + 1 >= args.size()) {
      throw new UsageException(name + " needs a value");
    }
    options.put(name, args.get(i + 1));
    return i + 1;
  }

  /** True when the flag was given. */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** The option's value, if given. */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The option's value as a path, or the fallback when the option was not given. */
  public Path path(String name, Path fallback) {
    Optional<String> value = option(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Path.of(value.get());
    } catch (InvalidPathException e) {
      throw new UsageException(name + " needs a path but got '" + value.get() + "'");
    }
  }

  /** The option's value as a whole number of at least {@code min}, or the fallback when not given. */
  public int number(String name, int min, int fallback) {
    Optional<String> value = option(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.get().strip());
      if (number >= min) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " needs a whole number >= " + min + " but got '" + value.get() + "'");
  }

  /** The plain arguments, in order. */
  public List<String> positional() {
    return positional;
  }
}
