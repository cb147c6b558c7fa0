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
    QuestionSetScorer scorer =
        (file, answerer) ->
            new Scorecard(
                2,
                "answer_acc=0.500 abstain_acc=1.000 overall=0.667 n=3",
                List.of("FAIL q1 | Wer? | answered=False | "));
    CapturedTerminal terminal = new CapturedTerminal("");
    exitCode =
        new CommandLine(List.of(new EvalCommand(knowledge.base(dir), scorer)), "eval")
            .run(List.of(args), terminal.terminal());
    return terminal;
  }

  @Test
  void printsTheScoreLine() throws Exception {
    Path questions = Files.writeString(dir.resolve("q.jsonl"), "{}\n");

    CapturedTerminal terminal = eval("eval", "--questions", questions.toString());

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).isEqualTo("answer_acc=0.500 abstain_acc=1.000 overall=0.667 n=3\n");
    assertThat(terminal.err()).isEmpty();
  }

  @Test
  void verboseListsTheFailuresOnStderr() throws Exception {
    Path questions = Files.writeString(dir.resolve("q.jsonl"), "{}\n");

    CapturedTerminal terminal = eval("eval", "-v", "--questions", questions.toString());

    assertThat(terminal.err()).isEqualTo("FAIL q1 | Wer? | answered=False | \n");
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
}
