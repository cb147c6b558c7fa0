package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandTest {

  @TempDir Path knowledgeDir;

  private final FakeKnowledge knowledge = new FakeKnowledge();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong clock = new AtomicLong();

  /** Every reading of the fake clock advances it by 2.5 ms. */
  private long tick() {
    return clock.addAndGet(2_500_000);
  }

  private CapturedTerminal run(String stdin, String... args) {
    CommandLine cli = new CommandLine(List.of(new AskCommand(knowledge.base(knowledgeDir), this::tick)), "ask");
    CapturedTerminal terminal = new CapturedTerminal(stdin);
    exitCode = cli.run(List.of(args), terminal.terminal());
    return terminal;
  }

  private int exitCode = -1;

  private List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  @Test
  void aQuestionArgumentPrintsTheTextACitizenSeesWithItsSourceLine() {
    CapturedTerminal terminal = run("", "ask", "Welche Kosten entstehen?");

    assertThat(exitCode).isZero();
    assertThat(terminal.out())
        .isEqualTo(
            "Für die Stadt entstehen keine Kosten.\n"
                + "Quelle: Testmitteilung (Stand 21.04.2023) https://example.org/test\n");
    assertThat(knowledge.answerer.asked()).extracting(q -> q.text()).containsExactly("Welche Kosten entstehen?");
  }

  @Test
  void jsonOutputHasEveryFieldOfTheContract() throws Exception {
    CapturedTerminal terminal = run("", "ask", "--json", "Welche Kosten entstehen?");

    JsonNode node = jsonLines(terminal.out()).get(0);
    assertThat(node.get("question").asText()).isEqualTo("Welche Kosten entstehen?");
    assertThat(node.get("answered").asBoolean()).isTrue();
    assertThat(node.get("answer").asText())
        .startsWith("Für die Stadt entstehen keine Kosten.\nQuelle: Testmitteilung");
    JsonNode source = node.get("sources").get(0);
    assertThat(source.get("file").asText()).isEqualTo("test.md");
    assertThat(source.get("title").asText()).isEqualTo("Testmitteilung");
    assertThat(source.get("date").asText()).isEqualTo("2023-04-21");
    assertThat(source.get("url").asText()).isEqualTo("https://example.org/test");
    assertThat(node.get("confidence").asDouble()).isEqualTo(0.875);
    assertThat(node.get("latency_ms").asDouble()).isEqualTo(2.5);
    assertThat(node.has("id")).isFalse();
  }

  @Test
  void stdinIsAnsweredOneLinePerQuestionInInputOrder() {
    CapturedTerminal terminal = run("Wann ist das?\nWelche Kosten gibt es?\n\nWer kommt?\n", "ask");

    assertThat(exitCode).isZero();
    assertThat(terminal.out().split("\n"))
        .containsExactly(
            "Dazu steht nichts in den Pressemitteilungen.",
            "Für die Stadt entstehen keine Kosten. | Quelle: Testmitteilung (Stand 21.04.2023) https://example.org/test",
            "Dazu steht nichts in den Pressemitteilungen.");
    assertThat(knowledge.answerer.asked())
        .extracting(q -> q.text())
        .containsExactly("Wann ist das?", "Welche Kosten gibt es?", "Wer kommt?");
  }

  @Test
  void evalJsonLinesArePipedThroughWithTheirIds() throws Exception {
    String stdin =
        "{\"id\":\"dev-cost\",\"q\":\"Welche Kosten entstehen?\",\"expect\":[\"keine Kosten\"]}\n"
            + "{\"id\":7,\"question\":\"Wann fährt der Bus?\",\"abstain\":true}\n"
            + "Eine Frage ohne JSON?\n";

    CapturedTerminal terminal = run(stdin, "ask", "--json");

    List<JsonNode> lines = jsonLines(terminal.out());
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("dev-cost");
    assertThat(lines.get(0).get("answered").asBoolean()).isTrue();
    assertThat(lines.get(1).get("id").isInt()).isTrue();
    assertThat(lines.get(1).get("id").asInt()).isEqualTo(7);
    assertThat(lines.get(1).get("question").asText()).isEqualTo("Wann fährt der Bus?");
    assertThat(lines.get(1).get("answered").asBoolean()).isFalse();
    assertThat(lines.get(1).get("sources")).isEmpty();
    assertThat(lines.get(1).get("closest_releases").get(0).get("file").asText()).isEqualTo("test.md");
    assertThat(lines.get(1).get("answer").asText()).doesNotContain("Quelle", "test.md");
    assertThat(lines.get(0).has("closest_releases")).isFalse();
    assertThat(lines.get(2).has("id")).isFalse();
    assertThat(lines).allSatisfy(line -> assertThat(line.get("latency_ms").asDouble()).isEqualTo(2.5));
  }

  @Test
  void aMalformedLineGetsAnErrorLineInItsPlaceAndExitCodeOne() throws Exception {
    CapturedTerminal terminal = run("Welche Kosten?\n{\"id\": 3, \"q\": \n{\"id\":4}\nWer?\n", "ask", "--json");

    assertThat(exitCode).isEqualTo(1);
    List<JsonNode> lines = jsonLines(terminal.out());
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(1).get("error").asText()).startsWith("not valid JSON");
    assertThat(lines.get(2).get("id").asInt()).isEqualTo(4);
    assertThat(lines.get(2).get("error").asText()).contains("\"q\"");
    assertThat(lines.get(3).get("question").asText()).isEqualTo("Wer?");
  }

  @Test
  void aMalformedLineInPlainModeIsNamedByItsLineNumber() {
    CapturedTerminal terminal = run("{oops\n", "ask");

    assertThat(exitCode).isEqualTo(1);
    assertThat(terminal.out()).startsWith("error: line 1: not valid JSON");
  }

  @Test
  void theKnowledgeOptionChoosesTheFolderAndTheEngineIsClosedAfterwards() {
    run("", "ask", "--knowledge", knowledgeDir.toString(), "Wer?");

    assertThat(knowledge.loadedFolders).containsExactly(knowledgeDir);
    assertThat(knowledge.answerer.closed()).isTrue();
  }

  @Test
  void problemsInTheKnowledgeFolderAreMentionedOnStderr() {
    knowledge.withProblem("kaputt.md", 2, "Datum fehlt");

    CapturedTerminal terminal = run("", "ask", "Wer?");

    assertThat(exitCode).isZero();
    assertThat(terminal.err()).contains("1 problem(s) in", "check");
  }

  @Test
  void aMissingKnowledgeFolderIsAUsageErrorThatSaysWhatToDo() {
    CapturedTerminal terminal = run("", "ask", "--knowledge", knowledgeDir.resolve("nope").toString(), "Wer?");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err()).contains("not found", "--knowledge DIR", "KNOWLEDGE_DIR");
    assertThat(knowledge.enginesBuilt).isZero();
  }

  @Test
  void twoQuestionArgumentsAreAUsageError() {
    CapturedTerminal terminal = run("", "ask", "Wer", "kommt?");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err())
        .contains("too many arguments", "put a question in quotes", "usage: java -jar halle-bot.jar ask");
  }
}
