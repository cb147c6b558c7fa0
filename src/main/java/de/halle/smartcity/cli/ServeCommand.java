package de.halle.smartcity.cli;

import java.util.Optional;
import java.util.Set;

/** {@code serve}: runs the Telegram bot until it is stopped; needs TELEGRAM_BOT_TOKEN. */
public final class ServeCommand implements Command {

  /** Runs the bot, blocking until shutdown (SIGTERM); {@code App} wires the telegram package in. */
  @FunctionalInterface
  public interface BotRunner {
    void serve() throws Exception;
  }

  private static final CommandSpec SPEC =
      new CommandSpec(
          "serve",
          "",
          "run the Telegram bot (the default when TELEGRAM_BOT_TOKEN is set)",
          Set.of(),
          Set.of(),
          0);

  private final Optional<String> token;
  private final BotRunner runner;

  public ServeCommand(Optional<String> token, BotRunner runner) {
    this.token = token;
    this.runner = runner;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    if (token.isEmpty()) {
      throw new UsageException(
          "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and export it, "
              + "or start without a command for the console chat");
    }
    runner.serve();
    return 0;
  }
}
