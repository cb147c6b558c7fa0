package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir Path knowledgeDir;

  private final FakeKnowledge knowledge = new FakeKnowledge();
  private int exitCode = -1;

  private CommandLine cli(Command... extra) {
    KnowledgeBase base = knowledge.base(knowledgeDir);
    List<Command> commands =
        new java.util.ArrayList<>(List.of(new ConsoleChat(base), new AskCommand(base, System::nanoTime)));
    commands.addAll(List.of(extra));
    return new CommandLine(commands, "chat");
  }

  private CapturedTerminal run(CommandLine cli, String stdin, String... args) {
    CapturedTerminal terminal = new CapturedTerminal(stdin);
    exitCode = cli.run(List.of(args), terminal.terminal());
    return terminal;
  }

  @Test
  void withoutACommandTheDefaultCommandRuns() {
    CapturedTerminal terminal = run(cli(), "exit\n");

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).contains("Pressemitteilungen geladen", "Auf Wiedersehen!");
  }

  @Test
  void anUnknownCommandPrintsTheUsageOnStderrAndExitsWithTwo() {
    CapturedTerminal terminal = run(cli(), "", "frage", "Wer?");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.out()).isEmpty();
    assertThat(terminal.err()).startsWith("halle-bot: unknown command 'frage'").contains("usage:", "  ask ");
  }

  @Test
  void anUnknownOptionPrintsTheCommandUsageWithoutAStackTrace() {
    CapturedTerminal terminal = run(cli(), "", "ask", "--jsn", "Wer?");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err())
        .isEqualTo(
            "halle-bot ask: unknown option --jsn\n"
                + "usage: java -jar halle-bot.jar ask [--knowledge DIR] [--json] [QUESTION]\n");
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    CapturedTerminal terminal = run(cli(), "", "ask", "--knowledge");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err()).startsWith("halle-bot ask: --knowledge needs a value");
  }

  @Test
  void anOptionValueMayFollowAnEqualsSign() {
    run(cli(), "", "ask", "--knowledge=" + knowledgeDir, "Wer?");

    assertThat(exitCode).isZero();
    assertThat(knowledge.loadedFolders).containsExactly(knowledgeDir);
  }

  @Test
  void aQuestionStartingWithADashFollowsADoubleDash() {
    run(cli(), "", "ask", "--", "-Kosten?");

    assertThat(exitCode).isZero();
    assertThat(knowledge.answerer.asked()).extracting(q -> q.text()).containsExactly("-Kosten?");
  }

  @Test
  void helpListsEveryCommandOnStdout() {
    CapturedTerminal terminal = run(cli(), "", "help");

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).contains("  chat ", "  ask ", "  help ", "TELEGRAM_BOT_TOKEN");
    assertThat(terminal.err()).isEmpty();
    assertThat(run(cli(), "", "--help").out()).isEqualTo(terminal.out());
  }

  @Test
  void helpForOneCommandShowsItsOptions() {
    CapturedTerminal terminal = run(cli(), "", "help", "ask");

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).startsWith("usage: java -jar halle-bot.jar ask [--knowledge DIR] [--json] [QUESTION]");
    assertThat(run(cli(), "", "ask", "--help").out()).isEqualTo(terminal.out());
  }

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    CapturedTerminal terminal = run(cli(), "", "help", "fragen");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.out()).isEmpty();
    assertThat(terminal.err()).startsWith("halle-bot: no command 'fragen' to explain").contains("usage:");
  }

  @Test
  void anUnexpectedErrorBecomesOneLineAndExitCodeOne() {
    Command broken =
        new Command() {
          @Override
          public CommandSpec spec() {
            return new CommandSpec("broken", "", "fails", Set.of(), Set.of(), 0);
          }

          @Override
          public int run(Arguments arguments, Terminal terminal) {
            throw new IllegalStateException("disk full\nsecond line");
          }
        };

    CapturedTerminal terminal = run(cli(broken), "", "broken");

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.err()).isEqualTo("halle-bot broken: error: disk full second line\n");
  }

  @Test
  void theDefaultCommandMustExist() {
    assertThatThrownBy(() -> new CommandLine(List.of(), "chat")).hasMessageContaining("no command named chat");
  }
}
