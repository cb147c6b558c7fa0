package de.halle.smartcity;

import de.halle.smartcity.answer.AnswerEngine;
import de.halle.smartcity.cli.AnswererFactory;
import de.halle.smartcity.cli.AskCommand;
import de.halle.smartcity.cli.CheckCommand;
import de.halle.smartcity.cli.Command;
import de.halle.smartcity.cli.CommandLine;
import de.halle.smartcity.cli.ConsoleChat;
import de.halle.smartcity.cli.EvalCommand;
import de.halle.smartcity.cli.GapReportCommand;
import de.halle.smartcity.cli.HealthCommand;
import de.halle.smartcity.cli.KnowledgeBase;
import de.halle.smartcity.cli.KnowledgeLoader;
import de.halle.smartcity.cli.ServeCommand;
import de.halle.smartcity.cli.bench.BenchCommand;
import de.halle.smartcity.cli.report.ReportCommand;
import de.halle.smartcity.config.Settings;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.report.GapReportFormat;
import de.halle.smartcity.store.Database;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Wires the application: the one place that names the concrete classes of the knowledge, answer, eval, telegram and
 * store packages and hands them to the command line.
 */
public final class App {

  private static final String SYNONYMS = "synonyms.txt";
  private static final ZoneId CITY_ZONE = ZoneId.of("Europe/Berlin");

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
            new CheckCommand(knowledge),
            new EvalCommand(knowledge),
            new BenchCommand(
                knowledgeLoader(), answererFactory(), settings.knowledgeDir().resolve(SYNONYMS), System::nanoTime),
            new ServeCommand(settings.telegramBotToken(), this::serve),
            new GapReportCommand(this::gapReport),
            new HealthCommand(settings.heartbeatFile(), clock));
    return new CommandLine(commands, settings.telegramBotToken().isPresent() ? "serve" : "chat");
  }


  private static KnowledgeLoader knowledgeLoader() {
    return dir -> new KnowledgeFolder(dir).load();
  }

  private static AnswererFactory answererFactory() {
    return (dir, snapshot, cacheDir) -> AnswerEngine.open(snapshot, cacheDir, dir.resolve(SYNONYMS));
  }

  private void serve() throws Exception {
    new TelegramServer(settings, clock, CITY_ZONE).serve();
  }

  private String gapReport(GapReportFormat format, int days) {
    try (Database database = database()) {
      return new ReportCommand(database, clock, CITY_ZONE).render(format, days);
    }
  }

  private Database database() {
    return Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
  }

}
