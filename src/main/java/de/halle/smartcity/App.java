package de.halle.smartcity;

import de.halle.smartcity.cli.AnswererFactory;
import de.halle.smartcity.cli.AskCommand;
import de.halle.smartcity.cli.CheckCommand;
import de.halle.smartcity.cli.Command;
import de.halle.smartcity.cli.CommandLine;
import de.halle.smartcity.cli.CommandSpec;
import de.halle.smartcity.cli.ConsoleChat;
import de.halle.smartcity.cli.EvalCommand;
import de.halle.smartcity.cli.HealthCommand;
import de.halle.smartcity.cli.KnowledgeBase;
import de.halle.smartcity.cli.KnowledgeLoader;
import de.halle.smartcity.cli.PendingCommand;
import de.halle.smartcity.cli.QuestionSetScorer;
import de.halle.smartcity.cli.ServeCommand;
import de.halle.smartcity.cli.bench.BenchCommand;
import de.halle.smartcity.config.Settings;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Wires the application: the one place that names the concrete classes of the knowledge, answer, eval, telegram and
 * store packages and hands them to the command line.
 */
public final class App {

  private final Settings settings;
  private final Clock clock;

  public App(Settings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The command line with every command wired to the real parts. */
  public CommandLine commandLine() {
    KnowledgeBase knowledge =
        new KnowledgeBase(knowledgeLoader(), answererFactory(), settings.knowledgeDir(), settings.cacheDir());
    List<Command> commands =
        List.of(
            new ConsoleChat(knowledge),
            new AskCommand(knowledge, System::nanoTime),
            new CheckCommand(knowledge, scorer()),
            new EvalCommand(knowledge, scorer()),
            new BenchCommand(knowledgeLoader(), answererFactory(), System::nanoTime),
            new ServeCommand(settings.telegramBotToken(), this::serve),
            report(),
            new HealthCommand(settings.heartbeatFile(), clock));
    return new CommandLine(commands, settings.telegramBotToken().isPresent() ? "serve" : "chat");
  }

  // ---- Wiring to other packages. Replace each pending part below when its package lands on main. ----

  /** Loads a knowledge folder: {@code new KnowledgeFolder(dir).load()} once the knowledge package lands. */
  private KnowledgeLoader knowledgeLoader() {
    return dir -> {
      throw new IllegalStateException(pending("the knowledge folder loader"));
    };
  }

  /** Builds the answer engine over a snapshot: {@code AnswerEngine} once the engine package lands. */
  private AnswererFactory answererFactory() {
    return (snapshot, cacheDir) -> {
      throw new IllegalStateException(pending("the answer engine"));
    };
  }

  /** Scores a question file like score.py: the eval package's runner once it lands. */
  private QuestionSetScorer scorer() {
    return (file, answerer) -> {
      throw new IllegalStateException(pending("the eval scorer"));
    };
  }

  /** Runs the Telegram bot with a heartbeat: the telegram package's long-polling bot once it lands. */
  private void serve() {
    throw new IllegalStateException(pending("the Telegram channel"));
  }

  private static Command report() {
    return new PendingCommand(
        new CommandSpec(
            "report",
            "[--format csv|md] [--days N]",
            "knowledge-gap report for the press office: declined and 👎 questions, grouped",
            Set.of(),
            Set.of("--format", "--days"),
            0),
        pending("the staff report"));
  }

  private static String pending(String part) {
    return part + " has not been merged into this build yet";
  }
}
