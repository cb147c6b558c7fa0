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

  private static final int MAX_EARLIER = 2;

  private final StaffTestQuestions parser = new StaffTestQuestions(Path.of("tests"), MAX_EARLIER);

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

    StaffTestSet set = new StaffTestQuestions(tests, MAX_EARLIER).load();

    assertThat(set.questions()).extracting(StaffTestQuestion::location)
        .containsExactly("tests/a.jsonl:1", "tests/a.jsonl:2");
    assertThat(only(set)).isEqualTo(
        "tests/b.jsonl:1: Die id 'x' gibt es schon in tests/a.jsonl:1: bitte eine eindeutige id vergeben");
  }

  @Test
  void aTestFileWithTheWrongEndingIsNotReadButWarnedAboutWithTheNameToUse() throws IOException {
    Path tests = Files.createDirectories(knowledge.resolve("tests"));
    Files.writeString(tests.resolve("fragen.json"), "{\"id\":\"x\",\"q\":\"Erste?\",\"abstain\":true}\n");
    Files.writeString(tests.resolve("MEHR.JSONL"), "{\"id\":\"y\",\"q\":\"Zweite?\",\"abstain\":true}\n");
    Files.writeString(tests.resolve("notizen.txt"), "kaputt");

    StaffTestSet set = new StaffTestQuestions(tests, MAX_EARLIER).load();

    assertThat(set.questions()).isEmpty();
    assertThat(set.problems()).extracting(KnowledgeProblem::toString).containsExactly(
        "tests/MEHR.JSONL: Warnung: Datei wird nicht gelesen: Testfragen stehen nur in Dateien mit der Endung .jsonl, "
            + "bitte umbenennen in MEHR.jsonl",
        "tests/fragen.json: Warnung: Datei wird nicht gelesen: Testfragen stehen nur in Dateien mit der Endung "
            + ".jsonl, bitte umbenennen in fragen.jsonl");
    assertThat(set.problems()).noneMatch(KnowledgeProblem::isError);
  }

  @Test
  void aMissingTestFolderMeansNoQuestions() {
    StaffTestSet set = new StaffTestQuestions(knowledge.resolve("tests"), MAX_EARLIER).load();

    assertThat(set.questions()).isEmpty();
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void aQuestionRecordNeedsExactlyOneKindOfExpectation() {
    assertThatThrownBy(() -> new StaffTestQuestion("a", "F?", List.of(), List.of("x"), List.of(), List.of(), true, "de", "f", 1))
        .hasMessageContainingAll("exactly one", "had 2");
  }

  @Test
  void readsExpectNotBesideExpectOrExpectAny() {
    StaffTestSet set = parse(
        "{\"id\":\"a\",\"q\":\"Ist X eine Partnerstadt?\",\"expect\":[\"keine\"],\"expect_not\":[\"Nordstadt\",\"2019\"]}",
        "{\"id\":\"b\",\"q\":\"Welche Städte?\",\"expect_any\":[\"X\",\"Y\"],\"expect_not\":[\"Z\"]}");

    assertThat(set.problems()).isEmpty();
    assertThat(set.questions().get(0).expectNot()).containsExactly("Nordstadt", "2019");
    assertThat(set.questions().get(1).expectNot()).containsExactly("Z");
  }

  @Test
  void aQuestionWithoutExpectNotHasAnEmptyList() {
    assertThat(parse("{\"id\":\"a\",\"q\":\"F?\",\"expect\":[\"x\"]}").questions().get(0).expectNot()).isEmpty();
  }

  @Test
  void rejectsExpectNotThatIsNotANonEmptyListOfNonEmptyTexts() {
    String start = "{\"id\":\"a\",\"q\":\"F?\",\"expect\":[\"x\"],\"expect_not\":";
    for (String bad : List.of("\"Nordstadt\"", "[]", "[\"Nordstadt\", 3]", "[\" \"]", "null", "{\"a\":\"b\"}")) {
      StaffTestSet set = parse(start + bad + "}");

      assertThat(set.questions()).as(bad).isEmpty();
      assertThat(only(set)).as(bad)
          .startsWith("tests/a.jsonl:1: Feld \"expect_not\" muss eine Liste nicht leerer Texte sein");
    }
  }

  @Test
  void acceptsExpectNotOnAQuestionTheBotMustNotAnswerSoAGreetingCanBeToldFromADecline() {
    StaffTestSet set = parse("{\"id\":\"a\",\"q\":\"Hallo\",\"abstain\":true,\"expect_not\":[\"leider\", \"Bus\"]}");

    assertThat(set.problems()).isEmpty();
    assertThat(set.questions()).singleElement().satisfies(question -> {
      assertThat(question.abstain()).isTrue();
      assertThat(question.expectNot()).containsExactly("leider", "Bus");
    });
  }

  @Test
  void rejectsExpectNotAloneBecauseItOnlyAddsToExpectExpectAnyOrAbstain() {
    assertThat(only(parse("{\"id\":\"a\",\"q\":\"F?\",\"expect_not\":[\"x\"]}")))
        .contains("Genau eines", "gefunden: 0", "\"expect_not\" ergänzt eines davon, steht aber nicht allein");
  }

  @Test
  void rejectsExpectNotThatOccursInAnExpectedTextSoTheQuestionCouldNeverPass() {
    StaffTestSet set = parse(
        "{\"id\":\"a\",\"q\":\"F?\",\"expect\":[\"Halle und  NORDSTADT\"],\"expect_not\":[\"nordstadt\"]}",
        "{\"id\":\"b\",\"q\":\"F?\",\"expect_any\":[\"Südstadt\",\"2019 in Südstadt\"],\"expect_not\":[\"2019\"]}");

    assertThat(set.questions()).isEmpty();
    assertThat(set.problems()).extracting(Object::toString).containsExactly(
        "tests/a.jsonl:1: \"expect_not\" enthält \"nordstadt\", das in der erwarteten Antwort \"Halle und  NORDSTADT\" vorkommt, "
            + "so kann die Frage nie bestehen: bitte eines von beiden ändern",
        "tests/a.jsonl:2: \"expect_not\" enthält \"2019\", das in der erwarteten Antwort \"2019 in Südstadt\" vorkommt, "
            + "so kann die Frage nie bestehen: bitte eines von beiden ändern");
  }

  @Test
  void aMistypedExpectNotIsWarnedAboutWithTheRightName() {
    StaffTestSet set = parse("{\"id\":\"a\",\"q\":\"F?\",\"expect\":[\"x\"],\"expect_nt\":[\"y\"]}");

    assertThat(only(set)).contains("Warnung", "\"expect_nt\"", "meinten Sie \"expect_not\"");
  }

  @Test
  void unwantedInNamesTheExpectNotTextsFoundIgnoringCaseSpacingAndQuoteStyle() {
    StaffTestQuestion question = new StaffTestQuestion(
        "a", "F?", List.of(), List.of("keine"), List.of(), List.of("Nordstadt", "Schüler  Reise", "\"Tor\"", "2019"), false, "de", "f", 1);

    assertThat(question.unwantedIn("Keine Partnerstadt; die schüler\u00a0reise nach NORDSTADT, \u201eTor\u201c."))
        .containsExactly("Nordstadt", "Schüler  Reise", "\"Tor\"");
    assertThat(question.unwantedIn("Keine Partnerstadt.")).isEmpty();
  }

  @Test
  void aQuestionRecordTheBotMustNotAnswerChecksItsReplyForExpectNotToo() {
    StaffTestQuestion question =
        new StaffTestQuestion("a", "Hallo", List.of(), List.of(), List.of(), List.of("leider"), true, "de", "f", 1);

    assertThat(question.unwantedIn("Dazu habe ich LEIDER nichts gefunden.")).containsExactly("leider");
    assertThat(question.unwantedIn("Hallo! Fragen Sie mich.")).isEmpty();
  }

  @Test
  void readsTheEarlierQuestionsOfAFollowUpOldestFirstAndNoneForAQuestionAskedAlone() {
    StaffTestSet set = parse(
        "{\"id\":\"a\",\"q\":\"Und wo?\",\"earlier\":[\" Wann war das Fest? \",\"Und 2020?\"],\"expect\":[\"x\"]}",
        "{\"id\":\"b\",\"q\":\"Wann war das Fest?\",\"expect\":[\"x\"]}");

    assertThat(set.problems()).isEmpty();
    assertThat(set.questions().get(0).earlier()).containsExactly("Wann war das Fest?", "Und 2020?");
    assertThat(set.questions().get(1).earlier()).isEmpty();
  }

  @Test
  void aFollowUpMayBeOneTheBotMustDecline() {
    StaffTestSet set = parse("{\"id\":\"a\",\"q\":\"Und 2090?\",\"earlier\":[\"Wann war das Fest?\"],\"abstain\":true}");

    assertThat(set.problems()).isEmpty();
    assertThat(set.questions().get(0).earlier()).containsExactly("Wann war das Fest?");
  }

  @Test
  void rejectsEarlierQuestionsThatAreNotAListOfNonEmptyTextsWithFileAndLine() {
    for (String earlier : List.of("\"Wann?\"", "[]", "[\"Wann?\", 3]", "[\"Wann?\", \" \"]", "[[\"Wann?\"]]")) {
      StaffTestSet set = parse("{\"id\":\"a\",\"q\":\"Und wo?\",\"earlier\":" + earlier + ",\"expect\":[\"x\"]}");

      assertThat(set.questions()).as(earlier).isEmpty();
      assertThat(only(set)).as(earlier).startsWith("tests/a.jsonl:1: Feld \"earlier\" muss eine Liste nicht leerer "
          + "Texte sein").contains("\"earlier\": [\"");
    }
  }

  @Test
  void rejectsMoreEarlierQuestionsThanTheBotKeepsOfAChat() {
    StaffTestSet set = parse("{\"id\":\"a\",\"q\":\"Und wo?\",\"earlier\":[\"A?\",\"Und B?\",\"Und C?\"],"
        + "\"expect\":[\"x\"]}");

    assertThat(set.questions()).isEmpty();
    assertThat(only(set)).startsWith("tests/a.jsonl:1: Feld \"earlier\" nennt 3 frühere Fragen")
        .contains("nur die letzten 2 Fragen eines Chats", "die älteste zuerst");
  }

  @Test
  void aMistypedEarlierIsWarnedAboutWithTheRightName() {
    StaffTestSet set = parse("{\"id\":\"a\",\"q\":\"Und wo?\",\"earlyer\":[\"A?\"],\"expect\":[\"x\"]}");

    assertThat(only(set)).contains("Warnung", "\"earlyer\"", "meinten Sie \"earlier\"");
  }

  @Test
  void aQuestionRecordRejectsABlankEarlierQuestion() {
    assertThatThrownBy(() -> new StaffTestQuestion("a", "Und wo?", List.of("A?", " "), List.of("x"), List.of(),
        List.of(), false, "de", "f", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("question a", "blank earlier question");
  }
}
