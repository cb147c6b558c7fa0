package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path knowledgeDir;

  private final FakeKnowledge knowledge = new FakeKnowledge();
  private final List<Path> scoredFiles = new ArrayList<>();
  private int exitCode = -1;

  /** Scores by the file name: "fail" files have one failure of two questions, "bad" files are malformed. */
  private Scorecard score(Path file, de.halle.smartcity.answer.QuestionAnswerer answerer) {
    scoredFiles.add(file);
    String name = file.getFileName().toString();
    if (name.startsWith("bad")) {
      throw new IllegalArgumentException(name + ":3: kein gültiges JSON");
    }
    List<String> failures = name.startsWith("fail") ? List.of("FAIL t-2 | Wer? | answered=False | ") : List.of();
    return new Scorecard(2, "summary", failures);
  }

  private CapturedTerminal check() {
    CapturedTerminal terminal = new CapturedTerminal("");
    exitCode =
        new CommandLine(List.of(new CheckCommand(knowledge.base(knowledgeDir), this::score)), "check")
            .run(List.of("check"), terminal.terminal());
    return terminal;
  }

  private void testFile(String name) throws Exception {
    Files.createDirectories(knowledgeDir.resolve("tests"));
    Files.writeString(knowledgeDir.resolve("tests").resolve(name), "{}\n");
  }

  @Test
  void aCleanFolderWithPassingTestsIsOk() throws Exception {
    testFile("basics.jsonl");
    testFile("notes.txt");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isZero();
    assertThat(terminal.out())
        .isEqualTo("1 gültige Dateien, 0 Probleme; 2 Testfragen in 1 Dateien, 0 fehlgeschlagen\nOK\n");
    assertThat(scoredFiles).containsExactly(knowledgeDir.resolve("tests/basics.jsonl"));
  }

  @Test
  void eachProblemIsPrintedAsFileLineMessageAndFailsTheCheck() {
    knowledge.withProblem("2023-kaputt.md", 3, "Pflichtfeld 'date' fehlt").withProblem("leer.md", 0, "Text fehlt");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .startsWith("2023-kaputt.md:3: Pflichtfeld 'date' fehlt\nleer.md: Text fehlt\n")
        .contains("2 Probleme")
        .endsWith("FEHLER: bitte die oben genannten Stellen korrigieren\n");
    assertThat(knowledge.enginesBuilt).as("no test questions, so no engine").isZero();
  }

  @Test
  void eachFailedTestQuestionIsPrintedWithItsFileAndFailsTheCheck() throws Exception {
    testFile("a.jsonl");
    testFile("fail.jsonl");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .contains("tests/fail.jsonl: FAIL t-2 | Wer? | answered=False | \n")
        .contains("4 Testfragen in 2 Dateien, 1 fehlgeschlagen");
    assertThat(knowledge.enginesBuilt).isEqualTo(1);
    assertThat(knowledge.answerer.closed()).isTrue();
  }

  @Test
  void anUnreadableTestFileIsReportedAndFailsTheCheck() throws Exception {
    testFile("bad.jsonl");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .contains("tests/bad.jsonl: bad.jsonl:3: kein gültiges JSON")
        .contains("1 Testdateien nicht lesbar");
  }
}
