package de.halle.smartcity;

import de.halle.smartcity.cli.Terminal;
import de.halle.smartcity.config.Settings;
import de.halle.smartcity.config.SettingsException;
import de.halle.smartcity.retrieval.OnnxNativeLibraries;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Entry point: reads the environment, builds the application and exits with the command's exit code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.getenv(), Terminal.of(System.in, System.out, System.err),
        OnnxNativeLibraries::useFolderIn));
  }

  /** Runs one command line as {@link #run(List, Map, Terminal, Consumer)} does, leaving ONNX Runtime as it is. */
  static int run(List<String> args, Map<String, String> environment, Terminal terminal) {
    return run(args, environment, terminal, folder -> {});
  }

  /**
   * Runs one command line against the given environment.
   *
   * @param nativeLibraries told the folder of the data directory for native libraries, before any command runs (a
   *     process-wide setting, so only {@link #main} passes the real one)
   * @return the exit code: 0 success, 1 failure, 2 bad usage or configuration
   */
  static int run(
      List<String> args, Map<String, String> environment, Terminal terminal, Consumer<Path> nativeLibraries) {
    Settings settings;
    try {
      settings = Settings.fromEnvironment(environment);
    } catch (SettingsException e) {
      terminal.err().println("halle-bot: configuration error, please fix these environment variables:");
      e.problems().forEach(problem -> terminal.err().println("  " + problem));
      return 2;
    }
    nativeLibraries.accept(settings.dataDir().resolve("native"));
    return new App(settings, Clock.systemUTC()).commandLine().run(args, terminal);
  }
}
