package de.halle.smartcity.cli;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.eval.EvalQuestion;
import de.halle.smartcity.knowledge.StaffTestQuestion;
import de.halle.smartcity.knowledge.StaffTestQuestions;
import de.halle.smartcity.knowledge.StaffTestSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the staff test questions of a knowledge folder ({@code tests/*.jsonl}) against an answerer, scored like
 * {@code score.py}: for {@code check}, and for the running bot's self-test after a reload.
 */
public final class StaffSelfTest {

  /**
   * The outcome of one run.
   *
   * @param questions how many questions were asked
   * @param failedIds ids of the questions handled wrongly, in file order
   * @param failures one line per failed question: {@code tests/file.jsonl:3: FAIL id | question | answered=… | …}
   */
  public record Result(int questions, Set<String> failedIds, List<String> failures) {
    public Result {
      failedIds = Set.copyOf(new LinkedHashSet<>(failedIds));
      failures = List.copyOf(failures);
    }

    /** True when every question was handled correctly. */
    public boolean passed() {
      return failures.isEmpty();
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
    QuestionSetRun.Outcome outcome = QuestionSetRun.run(evalQuestions, answerer);
    Set<String> failedIds = new LinkedHashSet<>();
    List<String> failures = new ArrayList<>();
    for (QuestionSetRun.Failure failure : outcome.failures()) {
      failedIds.add(failure.question().id());
      failures.add(locations.get(failure.question().id()) + ": " + failure.line());
    }
    return new Result(questions.size(), failedIds, failures);
  }
}
