package de.halle.smartcity.cli;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.eval.AnswerScorer;
import de.halle.smartcity.eval.EvalQuestion;
import de.halle.smartcity.eval.EvalRunner;
import de.halle.smartcity.knowledge.StaffTestQuestion;
import de.halle.smartcity.knowledge.StaffTestQuestions;
import de.halle.smartcity.knowledge.StaffTestSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the staff test questions of a knowledge folder ({@code tests/*.jsonl}) against an answerer, scored like
 * {@code score.py} plus each question's {@code expect_not}: for {@code check}, the admins' {@code /selbsttest} and the
 * running bot's self-test after a reload.
 */
public final class StaffSelfTest {

  /**
   * A question handled wrongly.
   *
   * @param id the question's id
   * @param line where it is written and what it got, on one line: {@code tests/file.jsonl:3: FAIL id | question
   *     [(nach „earlier question“, …)] | answered=… | [expect_not gefunden: … |] answer body, cut at a word with "…" |
   *     Quelle: file.md}
   */
  public record Failure(String id, String line) {
    public Failure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(line, "line");
    }
  }

  /**
   * The outcome of one run.
   *
   * @param questions how many questions were asked
   * @param failures the questions handled wrongly, in file order
   */
  public record Result(int questions, List<Failure> failures) {
    public Result {
      failures = List.copyOf(failures);
    }

    /** The ids of the failed questions. */
    public Set<String> failedIds() {
      return failures.stream().map(Failure::id).collect(Collectors.toUnmodifiableSet());
    }
  }

  private StaffSelfTest() {}

  /** Reads the staff test questions of a knowledge folder; a missing {@code tests/} folder means none. */
  public static StaffTestSet load(Path knowledgeDir) {
    return new StaffTestQuestions(knowledgeDir.resolve("tests"), Question.MAX_RECENT_QUESTIONS).load();
  }

  /**
   * Asks every question, a follow-up with its {@code earlier} questions as the chat's recent ones, and scores the
   * replies like {@code score.py}; a reply whose body (without its source lines) contains one of the question's
   * {@code expect_not} strings fails too, an answer as well as a decline or greeting, and its line names them.
   */
  public static Result run(List<StaffTestQuestion> questions, QuestionAnswerer answerer) {
    List<EvalQuestion> evalQuestions = new ArrayList<>();
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (StaffTestQuestion q : questions) {
      evalQuestions.add(new EvalQuestion(q.id(), q.question(), q.expect(), q.expectAny(), q.abstain()));
      answers.put(q.id(), answerer.answer(new Question(q.question(), q.earlier())));
    }
    Set<String> scoredWrong =
        Set.copyOf(new AnswerScorer().score(evalQuestions, EvalRunner.replies(answers)).failures());
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      StaffTestQuestion question = questions.get(i);
      Answer answer = answers.get(question.id());
      List<String> unwanted = question.unwantedIn(answer.body());
      if (scoredWrong.contains(question.id()) || !unwanted.isEmpty()) {
        String line = new QuestionSetRun.Failure(evalQuestions.get(i), answer.answered(), answer.text())
            .line(AnswerExcerpt.asked(question.question(), question.earlier()),
                unwanted.isEmpty() ? "" : "expect_not gefunden: " + quoted(unwanted), AnswerExcerpt.of(answer));
        failures.add(new Failure(question.id(), question.location() + ": " + line));
      }
    }
    return new Result(questions.size(), failures);
  }

  private static String quoted(List<String> texts) {
    return texts.stream().map(text -> "\"" + text + "\"").collect(Collectors.joining(", "));
  }
}
