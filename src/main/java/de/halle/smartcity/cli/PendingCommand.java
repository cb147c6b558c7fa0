package de.halle.smartcity.cli;

/**
 * A command whose implementation is not part of this build yet: it says so and exits with 1, so the usage text can
 * already list it.
 */
public final class PendingCommand implements Command {

  private final CommandSpec spec;
  private final String reason;

  /**
   * @param spec the options the command will accept, so that a correct call gets the reason and not a usage error
   * @param reason why the command is not available, e.g. "the staff report has not been merged into this build yet"
   */
  public PendingCommand(CommandSpec spec, String reason) {
    this.spec = spec;
    this.reason = reason;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) {
    terminal.err().println("halle-bot " + spec.name() + ": not available: " + reason);
    return 1;
  }
}
