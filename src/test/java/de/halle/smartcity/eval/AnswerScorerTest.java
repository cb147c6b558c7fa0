package de.halle.smartcity.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerScorerTest {

  private final AnswerScorer scorer = new AnswerScorer();

  private static EvalQuestion expect(String... strings) {
    return new EvalQuestion("q", "Frage?", List.of(strings), List.of(), false);
  }

  private double score(EvalQuestion question, boolean answered, String text) {
    return scorer.score(List.of(question), Map.of("q", new AnswerScorer.Reply(answered, text))).overall();
  }

  @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', value = {
      "keine Kosten|Es entstehen KEINE   Kosten.|1",
      "„Smart City“|Die \"smart city\" Halle|1",
      "21. und 22. April|am 21.\u00a0und 22. April|1",
      "keine Kosten|Es entstehen Kosten.|0"})
  void matchesLikeScorePyAfterNormalisingQuotesSpacesAndCase(String expected, String answer, int correct) {
    assertThat(score(expect(expected), true, answer)).isEqualTo(correct);
  }

  @Test
  void expectNeedsEveryStringAndExpectAnyOne() {
    assertThat(score(expect("Nordhafen", "Südtal"), true, "Nordhafen")).isZero();
    EvalQuestion any = new EvalQuestion("q", "Frage?", List.of(), List.of("Nordhafen", "Südtal"), false);
    assertThat(score(any, true, "nur Südtal")).isEqualTo(1);
  }

  @Test
  void answerLongerThanSixHundredCharactersIsWrong() {
    assertThat(score(expect("Kosten"), true, "Kosten " + "x".repeat(593))).isEqualTo(1);
    assertThat(score(expect("Kosten"), true, "Kosten " + "x".repeat(594))).isZero();
  }

  @Test
  void rightTextThatIsNotMarkedAnsweredIsWrong() {
    assertThat(score(expect("Kosten"), false, "Kosten")).isZero();
  }

  @Test
  void unanswerableQuestionIsRightOnlyWhenDeclined() {
    EvalQuestion abstain = new EvalQuestion("q", "Frage?", List.of(), List.of(), true);

    assertThat(score(abstain, false, "Dazu weiß ich nichts.")).isEqualTo(1);
    assertThat(score(abstain, true, "Irgendwas")).isZero();
  }

  @Test
  void summaryLineSeparatesAnswerAndAbstainAccuracy() {
    List<EvalQuestion> questions = List.of(
        new EvalQuestion("a", "A?", List.of("x"), List.of(), false),
        new EvalQuestion("b", "B?", List.of("y"), List.of(), false),
        new EvalQuestion("c", "C?", List.of(), List.of(), true));
    Map<String, AnswerScorer.Reply> replies = Map.of(
        "a", new AnswerScorer.Reply(true, "x"), "c", new AnswerScorer.Reply(false, ""));

    EvalScore score = scorer.score(questions, replies);

    assertThat(score.line()).isEqualTo("answer_acc=0.500 abstain_acc=1.000 overall=0.667 n=3");
    assertThat(score.failures()).containsExactly("b");
  }
}
