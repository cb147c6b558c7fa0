package de.halle.smartcity.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffTestQuestionsTest {

  @TempDir Path knowledge;

  private final StaffTestQuestions parser = new StaffTestQuestions(Path.of("tests"));

  private StaffTestSet parse(String... lines) {
    return parser.parse("tests/a.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static String only(StaffTestSet set) {
    assertThat(set.problems()).hasSize(1);
    return set.problems().get(0).toString();
  }

  @Test
  void readsAllThreeKindsOfQuestionsWithLanguageAndLocation() {
    StaffTestSet set = parse(
        "{\"id\":\"a\",\"q\":\"Was kostet es?\",\"expect\":[\"keine Kosten\"]}",
        "",
        "{\"id\":\"b\",\"q\":\"Which cities?\",\"expect_any\":[\"X\",\"Y\"],\"lang\":\"en\"}",
        "{\"id\":\"c\",\"q\":\"Wann fährt der Bus?\",\"abstain\":true}");

    assertThat(set.problems()).isEmpty();
    assertThat(set.questions()).extracting(StaffTestQuestion::id).containsExactly("a", "b", "c");
    StaffTestQuestion first = set.questions().get(0);
    assertThat(first.question()).isEqualTo("Was kostet es?");
    assertThat(first.expect()).containsExactly("keine Kosten");
    assertThat(first.lang()).isEqualTo("de");
    assertThat(set.questions().get(1).expectAny()).containsExactly("X", "Y");
    assertThat(set.questions().get(1).lang()).isEqualTo("en");
    assertThat(set.questions().get(2).abstain()).isTrue();
    assertThat(set.questions().get(2).location()).isEqualTo("tests/a.jsonl:4");
  }

  @Test
  void reportsInvalidJsonWithFileAndLineAndKeepsTheOtherLines() {
    StaffTestSet set = parse(
        "{\"id\":\"a\",\"q\":\"Frage?\",\"abstain\":true}",
        "{\"id\":\"b\",\"q\":\"Frage?\",\"abstain\":true",
        "{\"id\":\"c\",\"q\":\"Frage?\",\"abstain\":true}");

    assertThat(set.questions()).extracting(StaffTestQuestion::id).containsExactly("a", "c");
    assertThat(only(set)).startsWith("tests/a.jsonl:2: Zeile ist kein gültiges JSON");
    assertThat(set.hasErrors()).isTrue();
  }

  @Test
  void rejectsTrailingTextAfterTheObject() {
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"abstain\":true} {}"))).contains("kein gültiges JSON");
  }

  @Test
  void rejectsALineThatIsNotAnObject() {
    assertThat(only(parse("[\"a\"]"))).contains("kein JSON-Objekt");
  }

  @Test
  void rejectsAMissingIdOrQuestion() {
    assertThat(only(parse("{\"q\":\"F?\",\"abstain\":true}"))).contains("\"id\" fehlt");
    assertThat(only(parse("{\"id\":\"a\",\"q\":\" \",\"abstain\":true}"))).contains("\"q\" fehlt oder ist leer");
  }

  @Test
  void rejectsAQuestionWithoutOrWithSeveralExpectations() {
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\"}"))).contains("Genau eines", "gefunden: 0");
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"expect\":[\"x\"],\"abstain\":true}")))
        .contains("gefunden: 2");
  }

  @Test
  void rejectsExpectationsThatAreNotAListOfTexts() {
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"expect\":\"x\"}"))).contains("\"expect\" muss eine Liste");
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"expect_any\":[]}"))).contains("\"expect_any\" muss");
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"expect\":[\"x\", 3]}"))).contains("\"expect\" muss");
  }

  @Test
  void rejectsAbstainFalseAndABadLanguage() {
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"abstain\":false}"))).contains("\"abstain\" darf nur true");
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"abstain\":true,\"lang\":\"Deutsch\"}")))
        .contains("\"lang\"", "Deutsch");
  }

  @Test
  void warnsAboutAnUnknownKeyButKeepsTheQuestion() {
    StaffTestSet set = parse("{\"id\":\"a\",\"q\":\"F?\",\"expect\":[\"x\"],\"expekt\":[\"y\"]}");

    assertThat(set.questions()).hasSize(1);
    assertThat(set.hasErrors()).isFalse();
    assertThat(only(set)).contains("Warnung", "\"expekt\"", "meinten Sie \"expect\"");
  }

  @Test
  void rejectsANonUtf8File() {
    StaffTestSet set = parser.parse("tests/a.jsonl",
        "{\"id\":\"a\",\"q\":\"Grüße?\",\"abstain\":true}".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(only(set)).startsWith("tests/a.jsonl:1: Datei ist nicht in UTF-8");
  }

  @Test
  void loadsEveryJsonlFileOfTheFolderAndRejectsIdsUsedTwice() throws IOException {
    Path tests = Files.createDirectories(knowledge.resolve("tests"));
    Files.writeString(tests.resolve("b.jsonl"), "{\"id\":\"x\",\"q\":\"Zweite?\",\"abstain\":true}\n");
    Files.writeString(tests.resolve("a.jsonl"), "{\"id\":\"x\",\"q\":\"Erste?\",\"abstain\":true}\n"
        + "{\"id\":\"y\",\"q\":\"Dritte?\",\"expect\":[\"z\"]}\n");
    Files.writeString(tests.resolve(".c.jsonl"), "kaputt");
    Files.writeString(tests.resolve("notizen.txt"), "kaputt");

    StaffTestSet set = new StaffTestQuestions(tests).load();

    assertThat(set.questions()).extracting(StaffTestQuestion::location)
        .containsExactly("tests/a.jsonl:1", "tests/a.jsonl:2");
    assertThat(only(set)).isEqualTo(
        "tests/b.jsonl:1: Die id 'x' gibt es schon in tests/a.jsonl:1: bitte eine eindeutige id vergeben");
  }

  @Test
  void aMissingTestFolderMeansNoQuestions() {
    StaffTestSet set = new StaffTestQuestions(knowledge.resolve("tests")).load();

    assertThat(set.questions()).isEmpty();
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void aQuestionRecordNeedsExactlyOneKindOfExpectation() {
    assertThatThrownBy(() -> new StaffTestQuestion("a", "F?", List.of("x"), List.of(), true, "de", "f", 1))
        .hasMessageContainingAll("exactly one", "had 2");
  }
}
