package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final String SOURCE = " | Quelle: test.md\n";

  @TempDir Path knowledgeDir;

  private final FakeKnowledge knowledge = new FakeKnowledge();
  private int exitCode = -1;

  private CapturedTerminal check() {
    CapturedTerminal terminal = new CapturedTerminal("");
    exitCode =
        new CommandLine(List.of(new CheckCommand(knowledge.base(knowledgeDir))), "check")
            .run(List.of("check"), terminal.terminal());
    return terminal;
  }

  private void testFile(String name, String... lines) throws Exception {
    Files.createDirectories(knowledgeDir.resolve("tests"));
    Files.writeString(knowledgeDir.resolve("tests").resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void aCleanFolderWithPassingTestsIsOk() throws Exception {
    testFile(
        "basics.jsonl",
        "{\"id\":\"t-cost\",\"q\":\"Welche Kosten entstehen?\",\"expect\":[\"keine Kosten\"]}",
        "{\"id\":\"t-out\",\"q\":\"Wann fährt der Bus?\",\"abstain\":true}");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isZero();
    assertThat(terminal.out())
        .isEqualTo("1 gültige Dateien, 0 Fehler, 0 Warnungen; 2 Testfragen, 0 fehlgeschlagen\nOK\n");
    assertThat(knowledge.answerer.asked()).hasSize(2);
    assertThat(knowledge.answerer.closed()).isTrue();
  }

  @Test
  void eachProblemIsPrintedAsFileLineMessageAndAnErrorFailsTheCheck() {
    knowledge.withProblem("2023-kaputt.md", 3, "Pflichtfeld 'date' fehlt").withProblem("leer.md", 0, "Text fehlt");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .startsWith("2023-kaputt.md:3: Pflichtfeld 'date' fehlt\nleer.md: Text fehlt\n")
        .contains("2 Fehler")
        .endsWith("FEHLER: bitte die oben genannten Stellen korrigieren\n");
    assertThat(knowledge.enginesBuilt).as("no test questions, so no engine").isZero();
  }

  @Test
  void eachFailedTestQuestionIsPrintedWithItsFileAndLineAndFailsTheCheck() throws Exception {
    testFile("a.jsonl", "{\"id\":\"a-1\",\"q\":\"Welche Kosten?\",\"expect\":[\"keine Kosten\"]}");
    testFile(
        "b.jsonl",
        "{\"id\":\"b-1\",\"q\":\"Welche Kosten?\",\"abstain\":true}",
        "{\"id\":\"b-2\",\"q\":\"Wer kommt?\",\"expect\":[\"Bürgermeister\"]}");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .contains("tests/b.jsonl:1: FAIL b-1 | Welche Kosten? | answered=True | Für die Stadt entstehen keine")
        .contains("tests/b.jsonl:2: FAIL b-2 | Wer kommt? | answered=False | Dazu steht nichts in den "
            + "Pressemitteilungen. | nächste Mitteilung: test.md\n")
        .contains("3 Testfragen, 2 fehlgeschlagen")
        .doesNotContain("a-1");
    assertThat(knowledge.enginesBuilt).isEqualTo(1);
  }

  @Test
  void anAnswerContainingAnExpectNotTextFailsTheCheckNamingTheUnwantedText() throws Exception {
    testFile(
        "n.jsonl",
        "{\"id\":\"n-1\",\"q\":\"Welche Kosten?\",\"expect\":[\"keine Kosten\"],\"expect_not\":[\"Gebühr\"]}",
        "{\"id\":\"n-2\",\"q\":\"Welche Kosten?\",\"expect\":[\"keine Kosten\"],"
            + "\"expect_not\":[\"Gebühr\",\"für  die STADT\"]}",
        "{\"id\":\"n-3\",\"q\":\"Welche Kosten?\",\"expect_any\":[\"Gebühr\"],\"expect_not\":[\"entstehen\"]}");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .isEqualTo("tests/n.jsonl:2: FAIL n-2 | Welche Kosten? | answered=True | expect_not gefunden: \"für  die STADT\" | "
            + "Für die Stadt entstehen keine Kosten." + SOURCE
            + "tests/n.jsonl:3: FAIL n-3 | Welche Kosten? | answered=True | expect_not gefunden: \"entstehen\" | "
            + "Für die Stadt entstehen keine Kosten." + SOURCE
            + "1 gültige Dateien, 0 Fehler, 0 Warnungen; 3 Testfragen, 2 fehlgeschlagen\n"
            + "FEHLER: bitte die oben genannten Stellen korrigieren\n");
  }

  @Test
  void aBadExpectNotIsReportedWithFileAndLineAndFailsTheCheck() throws Exception {
    testFile("n.jsonl", "{\"id\":\"n-1\",\"q\":\"Welche Kosten?\",\"expect\":[\"keine Kosten\"],\"expect_not\":[]}");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .startsWith("tests/n.jsonl:1: Feld \"expect_not\" muss eine Liste nicht leerer Texte sein")
        .contains("1 Fehler", "0 Testfragen");
  }

  @Test
  void aFollowUpWithMoreEarlierQuestionsThanTheBotKeepsOfAChatIsReportedWithFileAndLineAndTheLimit() throws Exception {
    List<String> kept = new ArrayList<>();
    for (int i = 1; i <= Question.MAX_RECENT_QUESTIONS; i++) {
      kept.add("\"Und " + (2000 + i) + "?\"");
    }
    String tooMany = "[\"Welche Kosten?\"," + String.join(",", kept) + "]";
    testFile("f.jsonl",
        "{\"id\":\"f-1\",\"q\":\"Und 2020?\",\"earlier\":[" + String.join(",", kept) + "],\"abstain\":true}",
        "{\"id\":\"f-2\",\"q\":\"Und 2020?\",\"earlier\":" + tooMany + ",\"abstain\":true}");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out())
        .startsWith("tests/f.jsonl:2: Feld \"earlier\" nennt " + (Question.MAX_RECENT_QUESTIONS + 1) + " frühere "
            + "Fragen, der Bot berücksichtigt aber nur die letzten " + Question.MAX_RECENT_QUESTIONS + " Fragen eines "
            + "Chats")
        .contains("1 Fehler", "1 Testfragen, 0 fehlgeschlagen");
    assertThat(knowledge.answerer.asked()).containsExactly(new Question("Und 2020?",
        kept.stream().map(text -> text.replace("\"", "")).toList()));
  }

  @Test
  void anUnreadableTestLineIsReportedWithFileAndLineAndFailsTheCheck() throws Exception {
    testFile(
        "bad.jsonl",
        "{\"id\":\"ok\",\"q\":\"Welche Kosten?\",\"expect\":[\"keine Kosten\"]}",
        "{\"id\":\"kaputt\",\"q\":");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out()).contains("tests/bad.jsonl:2: ").contains("1 Testfragen, 0 fehlgeschlagen");
  }

  @Test
  void warningsAreShownButDoNotFailTheCheck() {
    knowledge.withWarning("alt.md", 2, "unbekanntes Feld 'autor'");

    CapturedTerminal terminal = check();

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).startsWith("alt.md:2: Warnung: unbekanntes Feld 'autor'\n").contains("1 Warnungen");
  }
}
