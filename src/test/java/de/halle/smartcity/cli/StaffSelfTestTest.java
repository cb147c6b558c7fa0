package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.knowledge.StaffTestQuestion;
import de.halle.smartcity.knowledge.StaffTestQuestions;
import de.halle.smartcity.knowledge.StaffTestSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffSelfTestTest {

  private final FakeAnswerer answerer = new FakeAnswerer();

  private static StaffTestQuestion question(String id, String q, List<String> expect, List<String> expectNot) {
    return new StaffTestQuestion(id, q, List.of(), expect, List.of(), expectNot, false, "de", "tests/a.jsonl", 1);
  }

  private static StaffTestQuestion notAnswered(String id, String q, List<String> expectNot) {
    return new StaffTestQuestion(id, q, List.of(), List.of(), List.of(), expectNot, true, "de", "tests/a.jsonl", 1);
  }

  private static StaffTestQuestion followUp(String id, String q, List<String> earlier, List<String> expect) {
    return new StaffTestQuestion(id, q, earlier, expect, List.of(), List.of(), false, "de", "tests/a.jsonl", 2);
  }

  @Test
  void aReplyWithoutTheUnwantedTextsPasses() {
    StaffSelfTest.Result result = StaffSelfTest.run(
        List.of(question("ok", "Welche Kosten?", List.of("keine Kosten"), List.of("Gebühr", "Kosten entstehen"))),
        answerer);

    assertThat(result.questions()).isEqualTo(1);
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void aReplyThatIsRightButContainsAnUnwantedTextFailsAndIsCountedAsFailedForTheReloadReport() {
    StaffSelfTest.Result result = StaffSelfTest.run(
        List.of(
            question("ok", "Welche Kosten?", List.of("keine Kosten"), List.of()),
            question("noisy", "Welche Kosten?", List.of("keine Kosten"), List.of("stadt", "Gebühr", "KEINE\tKosten."))),
        answerer);

    assertThat(result.failedIds()).containsExactly("noisy");
    assertThat(result.failures().get(0).line()).isEqualTo("tests/a.jsonl:1: FAIL noisy | Welche Kosten? | "
        + "answered=True | expect_not gefunden: \"stadt\", \"KEINE\tKosten.\" | Für die Stadt entstehen keine Kosten. | "
        + "Quelle: test.md");
  }

  @Test
  void aQuestionTheBotMustNotAnswerFailsWhenItsReplyContainsAnUnwantedTextSoAGreetingIsToldFromADecline() {
    StaffSelfTest.Result result = StaffSelfTest.run(List.of(
        notAnswered("greeting", "Hallo", List.of("steht nichts")),
        notAnswered("declined", "Wer kommt?", List.of("steht nichts", "Hallo"))), answerer);

    assertThat(result.failures()).extracting(StaffSelfTest.Failure::line).containsExactly(
        "tests/a.jsonl:1: FAIL declined | Wer kommt? | answered=False | expect_not gefunden: \"steht nichts\" | "
            + "Dazu steht nichts in den Pressemitteilungen. | nächste Mitteilung: test.md");
  }

  @Test
  void aWrongReplyWithoutUnwantedTextsKeepsTheScorePyLine() {
    StaffSelfTest.Result result = StaffSelfTest.run(
        List.of(question("wrong", "Wer kommt?", List.of("Bürgermeister"), List.of("Kosten"))), answerer);

    assertThat(result.failures()).extracting(StaffSelfTest.Failure::line)
        .containsExactly("tests/a.jsonl:1: FAIL wrong | Wer kommt? | answered=False | Dazu steht nichts in den "
            + "Pressemitteilungen. | nächste Mitteilung: test.md");
  }

  @Test
  void aLongAnswerIsShownWithoutItsSourceLineCutAtAWordWithAnEllipsisAndItsFileSeparately() {
    String body = "Die Stadt Halle (Saale) stellt im Rahmen des Projekts zahlreiche neue Sensoren auf, die Daten zu "
        + "Luftqualität, Lärm und Verkehr erfassen und\nin Echtzeit auf einer öffentlichen Plattform anzeigen, "
        + "damit Bürgerinnen und Bürger sie nutzen können.";
    QuestionAnswerer longAnswer = question -> new Answer(Answer.Kind.ANSWERED, body, List.of(body),
        List.of(FakeAnswerer.SOURCE), 0.9, "de");

    StaffSelfTest.Result result = StaffSelfTest.run(
        List.of(question("long", "Was misst die Stadt?", List.of("Luftqualität"), List.of("Sensoren"))), longAnswer);

    assertThat(result.failures()).extracting(StaffSelfTest.Failure::line).containsExactly(
        "tests/a.jsonl:1: FAIL long | Was misst die Stadt? | answered=True | expect_not gefunden: \"Sensoren\" | "
            + "Die Stadt Halle (Saale) stellt im Rahmen des Projekts zahlreiche neue Sensoren auf, die Daten zu "
            + "Luftqualität, Lärm und Verkehr erfassen und in Echtzeit auf… | Quelle: test.md");
  }

  @Test
  void anExpectNotTextInTheSourceLineOnlyDoesNotFailBecauseOnlyTheAnswerBodyCounts() {
    StaffSelfTest.Result result = StaffSelfTest.run(
        List.of(question("source", "Welche Kosten?", List.of("keine Kosten"), List.of("Testmitteilung", "2023"))),
        answerer);

    assertThat(result.failures()).isEmpty();
  }

  @Test
  void aFollowUpIsAskedWithItsEarlierQuestionsAsTheChatsRecentOnesAndAQuestionAloneWithNone() {
    StaffTestSet set = new StaffTestQuestions(Path.of("tests"), Question.MAX_RECENT_QUESTIONS).parse("tests/a.jsonl",
        ("{\"id\":\"first\",\"q\":\"Welche Kosten?\",\"expect\":[\"keine Kosten\"]}\n"
            + "{\"id\":\"next\",\"q\":\"Und 2020?\",\"earlier\":[\"Welche Kosten?\",\"Und 2019?\"],"
            + "\"abstain\":true}").getBytes(StandardCharsets.UTF_8));

    StaffSelfTest.Result result = StaffSelfTest.run(set.questions(), answerer);

    assertThat(result.failures()).isEmpty();
    assertThat(answerer.asked()).containsExactly(
        Question.of("Welche Kosten?"), new Question("Und 2020?", List.of("Welche Kosten?", "Und 2019?")));
  }

  @Test
  void aFailedFollowUpShowsItsEarlierQuestionsOldestFirstEachCutAtAWord() {
    String longEarlier = "Welche Kosten sind der Stadt Halle (Saale) für die Reise der Delegation zur Konferenz "
        + "entstanden?";

    StaffSelfTest.Result result = StaffSelfTest.run(
        List.of(followUp("next", "Und wo?", List.of(longEarlier, "Und 2020?"), List.of("Planetarium"))), answerer);

    assertThat(result.failures()).extracting(StaffSelfTest.Failure::line).containsExactly(
        "tests/a.jsonl:2: FAIL next | Und wo? (nach „Welche Kosten sind der Stadt Halle (Saale) für die Reise…“, "
            + "„Und 2020?“) | answered=False | Dazu steht nichts in den Pressemitteilungen. | nächste Mitteilung: "
            + "test.md");
  }
}
