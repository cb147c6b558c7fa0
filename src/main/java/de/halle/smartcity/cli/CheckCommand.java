package de.halle.smartcity.cli;

import de.halle.smartcity.knowledge.KnowledgeProblem;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code check}: validates the knowledge folder and runs the staff test questions in {@code tests/*.jsonl}; prints
 * each problem as {@code file:line: message} and each failed question, and fails on either. Output is German: it is
 * for the press office's editors.
 */
public final class CheckCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "check",
          "[--knowledge DIR]",
          "validate the knowledge folder and run the staff test questions in tests/*.jsonl; exit 1 on any problem",
          Set.of(),
          Set.of("--knowledge"),
          0);

  private final KnowledgeBase knowledge;
  private final QuestionSetScorer scorer;

  public CheckCommand(KnowledgeBase knowledge, QuestionSetScorer scorer) {
    this.knowledge = knowledge;
    this.scorer = scorer;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    Path dir = knowledge.folder(arguments);
    KnowledgeSnapshot snapshot = knowledge.load(dir);
    for (KnowledgeProblem problem : snapshot.problems()) {
      terminal.out().println(problem);
    }
    List<Path> testFiles = testFiles(dir);
    TestResults results = new TestResults(0, 0, 0);
    if (!testFiles.isEmpty()) {
      try (KnowledgeBase.Opened opened = knowledge.build(snapshot)) {
        for (Path file : testFiles) {
          results = results.plus(runTests(dir, file, opened, terminal));
        }
      }
    }
    terminal.out().printf(
        "%d gültige Dateien, %d Probleme; %d Testfragen in %d Dateien, %d fehlgeschlagen%s%n",
        snapshot.documents().size(),
        snapshot.problems().size(),
        results.questions(),
        testFiles.size(),
        results.failed(),
        results.unreadable() > 0 ? ", " + results.unreadable() + " Testdateien nicht lesbar" : "");
    boolean ok = snapshot.problems().isEmpty() && results.failed() == 0 && results.unreadable() == 0;
    terminal.out().println(ok ? "OK" : "FEHLER: bitte die oben genannten Stellen korrigieren");
    return ok ? 0 : 1;
  }

  /** Counts of one or more test files. */
  private record TestResults(int questions, int failed, int unreadable) {
    TestResults plus(TestResults other) {
      return new TestResults(
          questions + other.questions, failed + other.failed, unreadable + other.unreadable);
    }
  }

  private TestResults runTests(Path dir, Path file, KnowledgeBase.Opened opened, Terminal terminal)
      throws Exception {
    Path name = dir.relativize(file);
    try {
      Scorecard card = scorer.score(file, opened.answerer());
      for (String failure : card.failures()) {
        terminal.out().println(name + ": " + failure);
      }
      return new TestResults(card.questions(), card.failures().size(), 0);
    } catch (IllegalArgumentException e) {
      terminal.out().println(name + ": " + e.getMessage());
      return new TestResults(0, 0, 1);
    }
  }

  private static List<Path> testFiles(Path dir) throws IOException {
    Path tests = dir.resolve("tests");
    if (!Files.isDirectory(tests)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tests)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }
}
