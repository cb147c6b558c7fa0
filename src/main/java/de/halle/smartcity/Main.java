package de.halle.smartcity;

import de.halle.smartcity.cli.Terminal;
import de.halle.smartcity.config.Settings;
import de.halle.smartcity.config.SettingsException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Entry point: reads the environment, builds the application and exits with the command's exit code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.getenv(), Terminal.of(System.in, System.out, System.err)));
  }

  /**
   * Runs one command line against the given environment.
   *
   * @return the exit code: 0 success, 1 failure, 2 bad usage or configuration
   */
  static int run(List<String> args, Map<String, String> environment, Terminal terminal) {
    Settings settings;
    try {
      settings = Settings.fromEnvironment(environment);
    } catch (SettingsException e) {
      terminal.err().println("halle-bot: configuration error, please fix these environment variables:");
      e.problems().forEach(problem -> terminal.err().println("  " + problem));
      return 2;
    }
    return new App(settings, Clock.systemUTC()).commandLine().run(args, terminal);
  }
}
