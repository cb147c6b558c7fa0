package de.halle.smartcity.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunnerTest {

  @Test
  void answersEveryQuestionAndScoresTheCitizenText(@TempDir Path dir) throws Exception {
    Path questions = dir.resolve("q.jsonl");
    Files.writeString(questions, """
        {"id":"a","q":"Was kostet es?","expect":["keine Kosten"]}

        {"id":"b","q":"Wo steht das?","expect_any":["Beispiel-Meldung"]}
        {"id":"c","q":"Unbekannt?","abstain":true}
        """);
    Source source = new Source("Beispiel-Meldung", LocalDate.of(2023, 4, 21), "https://example.org", "a.md");
    EvalRunner runner = new EvalRunner(question -> question.text().startsWith("Unbekannt")
        ? new Answer(Answer.Kind.DECLINED, "Weiß ich nicht.", List.of(), List.of(), 0.1, "de")
        : new Answer(Answer.Kind.ANSWERED, "Es entstehen keine Kosten.", List.of(), List.of(source), 0.9, "de"));

    EvalScore score = runner.run(questions);

    assertThat(score.line()).isEqualTo("answer_acc=1.000 abstain_acc=1.000 overall=1.000 n=3");
  }

  @Test
  void ignoresExpectNotLikeScorePySoAnAnswerContainingItStillCounts(@TempDir Path dir) throws Exception {
    Path questions = dir.resolve("q.jsonl");
    Files.writeString(questions,
        "{\"id\":\"a\",\"q\":\"Was kostet es?\",\"expect\":[\"keine Kosten\"],\"expect_not\":[\"entstehen\"]}\n");
    Source source = new Source("Beispiel-Meldung", LocalDate.of(2023, 4, 21), "https://example.org", "a.md");
    EvalRunner runner = new EvalRunner(question ->
        new Answer(Answer.Kind.ANSWERED, "Es entstehen keine Kosten.", List.of(), List.of(source), 0.9, "de"));

    EvalScore score = runner.run(questions);

    assertThat(score.line()).isEqualTo("answer_acc=1.000 abstain_acc=0.000 overall=1.000 n=1");
  }

  @Test
  void lineWithoutQuestionTextIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path questions = dir.resolve("bad.jsonl");
    Files.writeString(questions, "{\"id\":\"a\",\"q\":\"Frage?\",\"abstain\":true}\n{\"id\":\"b\"}\n");

    assertThatThrownBy(() -> EvalRunner.read(questions))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.jsonl:2");
  }
}
