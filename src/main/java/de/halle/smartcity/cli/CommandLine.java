package de.halle.smartcity.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches {@code java -jar halle-bot.jar <command> ...} to its command and turns every outcome into an exit code:
 * usage problems print the usage on stderr and give 2, unexpected errors give a one-line message and 1.
 */
public final class CommandLine {

  private static final Logger LOG = LoggerFactory.getLogger(CommandLine.class);
  private static final Set<String> HELP = Set.of("help", "-h", "--help");

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final String defaultCommand;

  /**
   * @param commands the commands in the order the usage lists them
   * @param defaultCommand the command to run when none is given (the console chat, or serve when a token is set)
   */
  public CommandLine(List<Command> commands, String defaultCommand) {
    for (Command command : commands) {
      if (this.commands.put(command.spec().name(), command) != null) {
        throw new IllegalArgumentException("two commands named " + command.spec().name());
      }
    }
    if (!this.commands.containsKey(defaultCommand)) {
      throw new IllegalArgumentException("no command named " + defaultCommand + " to run by default");
    }
    this.defaultCommand = defaultCommand;
  }

  /** The command that runs when none is given. */
  public String defaultCommand() {
    return defaultCommand;
  }

  /** Runs the command the arguments name and returns the process exit code. */
  public int run(List<String> args, Terminal terminal) {
    if (args.isEmpty()) {
      return run(commands.get(defaultCommand), List.of(), terminal);
    }
    String word = args.get(0);
    if (HELP.contains(word)) {
      return help(args.subList(1, args.size()), terminal);
    }
    Command command = commands.get(word);
    if (command == null) {
      terminal.err().println("halle-bot: unknown command '" + word + "'");
      terminal.err().print(usage());
      return 2;
    }
    return run(command, args.subList(1, args.size()), terminal);
  }

  private int run(Command command, List<String> args, Terminal terminal) {
    CommandSpec spec = command.spec();
    if (!args.isEmpty() && HELP.contains(args.get(0))) {
      terminal.out().println(describe(spec));
      return 0;
    }
    try {
      return command.run(Arguments.parse(args, spec), terminal);
    } catch (UsageException e) {
      terminal.err().println("halle-bot " + spec.name() + ": " + e.getMessage());
      terminal.err().println("usage: " + spec.usage());
      return 2;
    } catch (Exception | LinkageError e) {
      LOG.debug("command {} failed", spec.name(), e);
      terminal.err().println("halle-bot " + spec.name() + ": error: " + oneLine(e));
      return 1;
    }
  }

  private int help(List<String> topic, Terminal terminal) {
    if (!topic.isEmpty() && commands.containsKey(topic.get(0))) {
      terminal.out().println(describe(commands.get(topic.get(0)).spec()));
      return 0;
    }
    if (topic.isEmpty()) {
      terminal.out().print(usage());
      return 0;
    }
    terminal.err().println("halle-bot: no command '" + topic.get(0) + "' to explain");
    terminal.err().print(usage());
    return 2;
  }

  /** The usage text listing every command. */
  public String usage() {
    StringBuilder text = new StringBuilder("usage: java -jar halle-bot.jar [command] [options]\n\ncommands:\n");
    for (Command command : commands.values()) {
      CommandSpec spec = command.spec();
      text.append(String.format("  %-8s %s%n", spec.name(), spec.summary()));
    }
    text.append(
        String.format(
            "  %-8s %s%n%nWithout a command: %s.%n'java -jar halle-bot.jar help COMMAND' shows a command's options.%n",
            "help",
            "show this text",
            "the console chat, or serve when TELEGRAM_BOT_TOKEN is set"));
    return text.toString();
  }

  private static String describe(CommandSpec spec) {
    return "usage: " + spec.usage() + "\n" + spec.summary();
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ");
  }
}
