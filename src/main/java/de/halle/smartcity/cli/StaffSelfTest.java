package de.halle.smartcity.cli;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.eval.EvalQuestion;
import de.halle.smartcity.knowledge.StaffTestQuestion;
import de.halle.smartcity.knowledge.StaffTestQuestions;
import de.halle.smartcity.knowledge.StaffTestSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the staff test questions of a knowledge folder ({@code tests/*.jsonl}) against an answerer, scored like
 * {@code score.py}: for {@code check}, and for the running bot's self-test after a reload.
 */
public final class StaffSelfTest {

  /**
   * A question handled wrongly.
   *
   * @param id the question's id
   * @param line where it is written and what it got: {@code tests/file.jsonl:3: FAIL id | question | answered=… | …}
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
    return new StaffTestQuestions(knowledgeDir.resolve("tests")).load();
  }

  /** Asks every question and scores the replies. */
  public static Result run(List<StaffTestQuestion> questions, QuestionAnswerer answerer) {
    Map<String, String> locations = new HashMap<>();
    List<EvalQuestion> evalQuestions = new ArrayList<>();
    for (StaffTestQuestion q : questions) {
      locations.put(q.id(), q.location());
      evalQuestions.add(new EvalQuestion(q.id(), q.question(), q.expect(), q.expectAny(), q.abstain()));
    }
    List<Failure> failures = new ArrayList<>();
    for (QuestionSetRun.Failure failure : QuestionSetRun.run(evalQuestions, answerer).failures()) {
      String id = failure.question().id();
      failures.add(new Failure(id, locations.get(id) + ": " + failure.line()));
    }
    return new Result(questions.size(), failures);
  }
}
