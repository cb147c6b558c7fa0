package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir Path dir;

  private final FakeKnowledge knowledge = new FakeKnowledge();
  private int exitCode = -1;

  private CapturedTerminal eval(String... args) {
    CapturedTerminal terminal = new CapturedTerminal("");
    exitCode =
        new CommandLine(List.of(new EvalCommand(knowledge.base(dir))), "eval").run(List.of(args), terminal.terminal());
    return terminal;
  }

  private Path questions() throws Exception {
    return Files.writeString(
        dir.resolve("q.jsonl"),
        "{\"id\":\"q-cost\",\"q\":\"Welche Kosten entstehen?\",\"expect\":[\"keine  KOSTEN\"]}\n"
            + "{\"id\":\"q-who\",\"q\":\"Wer kommt?\",\"expect_any\":[\"Bürgermeister\",\"Stadtrat\"]}\n"
            + "\n"
            + "{\"id\":\"q-out\",\"q\":\"Wann fährt der Bus?\",\"abstain\":true}\n");
  }

  @Test
  void printsTheScoreLineLikeScorePy() throws Exception {
    CapturedTerminal terminal = eval("eval", "--questions", questions().toString());

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).isEqualTo("answer_acc=0.500 abstain_acc=1.000 overall=0.667 n=3\n");
    assertThat(terminal.err()).isEmpty();
    assertThat(knowledge.answerer.closed()).isTrue();
  }

  @Test
  void verboseListsTheFailuresOnStderrLikeScorePy() throws Exception {
    CapturedTerminal terminal = eval("eval", "-v", "--questions", questions().toString());

    assertThat(terminal.err())
        .isEqualTo("FAIL q-who | Wer kommt? | answered=False | Dazu steht nichts in den Pressemitteilungen.\n");
  }

  @Test
  void calibrationAddsTheConfidenceReportAfterTheUnchangedScoreLine() throws Exception {
    CapturedTerminal terminal = eval("eval", "--calibration", "--questions", questions().toString());

    // one answer, right at 0.875: Brier 0.125² = 0.015625; no wrong answer; both declines at 0.125 below it
    assertThat(terminal.out()).isEqualTo("answer_acc=0.500 abstain_acc=1.000 overall=0.667 n=3\n"
        + "answered=1 brier=0.0156 auc_answered=n/a auc_overall=1.000\n"
        + "confidence=[0.8,1.0] n=1 mean=0.875 right=1.000\n");
  }

  @Test
  void theQuestionFileIsRequired() {
    CapturedTerminal terminal = eval("eval");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err()).startsWith("halle-bot eval: --questions FILE is required");
  }

  @Test
  void aMissingQuestionFileIsAUsageError() {
    CapturedTerminal terminal = eval("eval", "--questions", dir.resolve("nope.jsonl").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err()).contains("nope.jsonl not found");
    assertThat(knowledge.enginesBuilt).isZero();
  }

  @Test
  void aMalformedQuestionFileIsNamedWithItsLineAndNoEngineIsBuilt() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x\",\"q\":\"Wer?\"}\n{\"q\":\"ohne id\"}\n");

    CapturedTerminal terminal = eval("eval", "--questions", bad.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.err()).contains("bad.jsonl:1: ");
    assertThat(knowledge.enginesBuilt).isZero();
  }
}
