package de.halle.smartcity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.halle.smartcity.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line wired by {@link App} to the real knowledge loader, answer engine and scorer. */
class AppIT {

  private static final Path KNOWLEDGE = Path.of("knowledge");
  private static final Path DEV_QUESTIONS = Path.of("src/test/resources/eval/halle/halle_dev_questions.jsonl");

  @TempDir Path dataDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(byte[] stdin, String... args) {
    Terminal terminal = Terminal.of(new ByteArrayInputStream(stdin), out, err);
    Map<String, String> environment = Map.of("KNOWLEDGE_DIR", KNOWLEDGE.toString(), "DATA_DIR", dataDir.toString());
    return Main.run(List.of(args), environment, terminal);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void askJsonAnswersEvalQuestionsPipedFromAFileInOrderWithTheirIds() throws Exception {
    List<String> ids = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(DEV_QUESTIONS)) {
      ids.add(json.readTree(line).get("id").asText());
    }

    int code = run(Files.readAllBytes(DEV_QUESTIONS), "ask", "--json");

    assertThat(code).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out().split("\n")) {
      lines.add(json.readTree(line));
    }
    assertThat(lines).extracting(node -> node.get("id").asText()).containsExactlyElementsOf(ids);
    assertThat(lines)
        .allSatisfy(node -> assertThat(node.get("latency_ms").asDouble()).isPositive())
        .allSatisfy(node -> assertThat(node.get("confidence").asDouble()).isBetween(0.0, 1.0));
    assertThat(lines).filteredOn(node -> node.get("answered").asBoolean()).isNotEmpty().allSatisfy(node -> {
      JsonNode source = node.get("sources").get(0);
      assertThat(KNOWLEDGE.resolve(source.get("file").asText())).exists();
      String sourceLine = "en".equals(node.get("language").asText()) ? "Source (in German): " : "Quelle: ";
      assertThat(node.get("answer").asText()).contains(sourceLine + source.get("title").asText());
    });
    assertThat(dataDir.resolve("cache")).isDirectory();
  }

  @Test
  void evalPrintsTheScoreLineForTheDevQuestions() {
    int code = run(new byte[0], "eval", "--questions", DEV_QUESTIONS.toString());

    assertThat(code).isZero();
    assertThat(out()).matches("answer_acc=\\d\\.\\d{3} abstain_acc=\\d\\.\\d{3} overall=\\d\\.\\d{3} n=12\n");
  }

  @Test
  void checkReportsABrokenFileByNameAndFails(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("ok.md"), "---\ntitle: \"Gut\"\ndate: 2024-01-02\nsource: https://example.org/a\n"
        + "---\n\nEin Satz über den Wochenmarkt.\n");
    Files.writeString(folder.resolve("kaputt.md"), "---\ntitle: \"Ohne Datum\"\nsource: https://example.org/b\n---\n\n"
        + "Text.\n");

    int code = run(new byte[0], "check", "--knowledge", folder.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out()).contains("kaputt.md: Pflichtfeld 'date' fehlt", "1 gültige Dateien, 1 Fehler");
  }

  @Test
  void checkShowsAFailedQuestionsAnswerBodyCutAtAWordAndItsSourceFileButNotTheSourceLine(@TempDir Path folder)
      throws Exception {
    Files.writeString(folder.resolve("markt.md"), "---\ntitle: \"Wochenmarkt am Testplatz\"\ndate: 2024-01-02\n"
        + "source: https://example.org/markt\n---\n\nDer Wochenmarkt am Testplatz öffnet ab Februar immer dienstags "
        + "und freitags um acht Uhr mit Ständen für Obst, Gemüse, Käse, Blumen und Backwaren aus der Region, und "
        + "der Parkplatz neben dem Marktplatz bleibt an beiden Tagen für Lieferfahrzeuge frei.\n");
    Files.createDirectories(folder.resolve("tests"));
    Files.writeString(folder.resolve("tests/markt.jsonl"), "{\"id\":\"m-1\",\"q\":\"Wann öffnet der "
        + "Wochenmarkt am Testplatz?\",\"expect\":[\"dienstags\"],\"expect_not\":[\"Obst\"]}\n");

    int code = run(new byte[0], "check", "--knowledge", folder.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out().lines().filter(line -> line.contains("FAIL m-1"))).singleElement().asString()
        .startsWith("tests/markt.jsonl:1: FAIL m-1 | Wann öffnet der Wochenmarkt am Testplatz? | answered=True | "
            + "expect_not gefunden: \"Obst\" | Der Wochenmarkt am Testplatz öffnet ab Februar immer dienstags")
        .endsWith("… | Quelle: markt.md")
        .doesNotContain("Stand ", "https://");
  }

  @Test
  void reportReadsTheQuestionLogOfAFreshDatabase() {
    int code = run(new byte[0], "report", "--format", "csv", "--days", "7");

    assertThat(code).isZero();
    assertThat(out()).isNotBlank();
    assertThat(dataDir.resolve("halle-bot.mv.db")).exists();
  }

  @Test
  void theConsoleChatAnswersFromTheRealKnowledgeAndQuitsOnExit() {
    int code = run("Wer veranstaltet das Programm?\nexit\n".getBytes(StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(out()).contains("Pressemitteilungen geladen", "> ").endsWith("Auf Wiedersehen!\n");
  }
}
