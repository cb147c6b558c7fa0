package de.halle.smartcity.cli;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.eval.AnswerScorer;
import de.halle.smartcity.eval.EvalQuestion;
import de.halle.smartcity.eval.EvalRunner;
import de.halle.smartcity.eval.EvalScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers a set of eval questions and scores the replies with the eval package's {@link AnswerScorer} (the port of
 * {@code score.py}), keeping what each failed question got, for {@code eval -v} and {@code check}.
 */
final class QuestionSetRun {

  /** A question that was handled wrongly, with the reply it got. */
  record Failure(EvalQuestion question, boolean answered, String answer) {
    Failure {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answer, "answer");
    }

    /** The line {@code score.py -v} prints: {@code FAIL id | question | answered=False | first 160 characters}. */
    String line() {
      return line(question.question(), "", answer.length() > 160 ? answer.substring(0, 160) : answer);
    }

    /**
     * The {@link #line()} with {@code asked} as the question (e.g. with the chat's earlier questions), {@code remark}
     * before the answer (e.g. what the answer must not contain) and {@code shown} as what the answer was.
     */
    String line(String asked, String remark, String shown) {
      return "FAIL " + question.id() + " | " + asked + " | answered=" + (answered ? "True" : "False")
          + " | " + (remark.isEmpty() ? "" : remark + " | ") + shown;
    }
  }

  /** The score and the failures, in question order. */
  record Outcome(EvalScore score, List<Failure> failures) {
    Outcome {
      Objects.requireNonNull(score, "score");
      failures = List.copyOf(failures);
    }
  }

  private QuestionSetRun() {}

  static Outcome run(List<EvalQuestion> questions, QuestionAnswerer answerer) {
    return score(questions, new EvalRunner(answerer).answers(questions));
  }

  /** Scores the answers to the questions, by question id. */
  static Outcome score(List<EvalQuestion> questions, Map<String, Answer> answers) {
    Map<String, AnswerScorer.Reply> replies = EvalRunner.replies(answers);
    EvalScore score = new AnswerScorer().score(questions, replies);
    Map<String, EvalQuestion> byId = new HashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    List<Failure> failures = new ArrayList<>();
    for (String id : score.failures()) {
      AnswerScorer.Reply reply = replies.get(id);
      failures.add(new Failure(byId.get(id), reply.answered(), reply.text()));
    }
    return new Outcome(score, failures);
  }
}
