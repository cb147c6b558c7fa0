package de.halle.smartcity.cli;

import de.halle.smartcity.knowledge.KnowledgeProblem;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.knowledge.StaffTestQuestion;
import de.halle.smartcity.knowledge.StaffTestSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code check}: validates the knowledge folder and runs the staff test questions in {@code tests/*.jsonl}; prints
 * each problem as {@code file:line: message} and each failed question, and fails on an error or a failed question.
 * Output is German: it is for the press office's editors.
 */
public final class CheckCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "check",
          "[--knowledge DIR]",
          "validate the knowledge folder and run the staff test questions in tests/*.jsonl; exit 1 on any error",
          Set.of(),
          Set.of("--knowledge"),
          0);

  private final KnowledgeBase knowledge;

  public CheckCommand(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    Path dir = knowledge.folder(arguments);
    KnowledgeSnapshot snapshot = knowledge.load(dir);
    StaffTestSet tests = StaffSelfTest.load(dir);
    snapshot.problems().forEach(terminal.out()::println);
    tests.problems().forEach(terminal.out()::println);
    int failed = tests.questions().isEmpty() ? 0 : runTests(snapshot, dir, tests.questions(), terminal);
    long errors =
        snapshot.problems().stream().filter(KnowledgeProblem::isError).count()
            + tests.problems().stream().filter(KnowledgeProblem::isError).count();
    long warnings = snapshot.problems().size() + tests.problems().size() - errors;
    terminal.out().printf(
        "%d gültige Dateien, %d Fehler, %d Warnungen; %d Testfragen, %d fehlgeschlagen%n",
        snapshot.documents().size(), errors, warnings, tests.questions().size(), failed);
    boolean ok = errors == 0 && failed == 0;
    terminal.out().println(ok ? "OK" : "FEHLER: bitte die oben genannten Stellen korrigieren");
    return ok ? 0 : 1;
  }

  private int runTests(KnowledgeSnapshot snapshot, Path dir, List<StaffTestQuestion> questions, Terminal terminal)
      throws Exception {
    try (KnowledgeBase.Opened opened = knowledge.build(dir, snapshot)) {
      StaffSelfTest.Result result = StaffSelfTest.run(questions, opened.answerer());
      result.failures().forEach(failure -> terminal.out().println(failure.line()));
      return result.failures().size();
    }
  }
}
