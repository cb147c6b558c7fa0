package de.halle.smartcity.answer;

import de.halle.smartcity.eval.AnswerScorer;
import de.halle.smartcity.eval.EvalQuestion;
import de.halle.smartcity.eval.EvalRunner;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.HybridRetriever;
import de.halle.smartcity.retrieval.KnowledgeIndex;
import de.halle.smartcity.retrieval.RankingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reproduces the fit of {@link RankingModel#defaults()} and {@link Confidence#defaults()} on an eval split (use
 * train): the ranking model by logistic regression over every candidate sentence (label: it holds an annotated answer
 * line), the evidence score over each question's draft answer with its distinctive words covered (label: the scorer
 * counts it; questions without an answer count as negatives), the decline threshold that maximises the split's
 * overall accuracy, and the probability that an answer is right over the questions the engine answers. Run: {@code
 * java -cp target/test-classes:target/halle-bot.jar de.halle.smartcity.answer.ModelFit KNOWLEDGE_DIR QUESTIONS_FILE
 * [CACHE_DIR]}; it prints the weights to paste into the defaults.
 */
final class ModelFit {

  private static final double L2 = 0.001;
  private static final int ITERATIONS = 25;

  private ModelFit() {}

  public static void main(String[] args) {
    Path knowledge = Path.of(args[0]);
    List<EvalQuestion> questions = EvalRunner.read(Path.of(args[1]));
    Path cache = args.length > 2 ? Path.of(args[2]) : Path.of("data/cache");
    try (EvalPipeline pipeline = EvalPipeline.open(knowledge, cache)) {
      System.out.println("RankingModel "
          + Arrays.toString(fitRanking(questions, pipeline.retriever(), pipeline.index())));
      fitConfidence(questions, pipeline.engine(), pipeline.index());
      fitRight(questions, pipeline);
    }
  }

  private static double[] fitRanking(List<EvalQuestion> questions, HybridRetriever retriever, KnowledgeIndex index) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (EvalQuestion question : questions) {
      if (!question.abstain()) {
        for (Evidence e : index.read(view -> retriever.retrieve(question.question(), view)).candidates()) {
          rows.add(e.features().toArray());
          labels.add(hits(question, e.text()));
        }
      }
    }
    return LogisticFit.fit(rows, labels, L2, ITERATIONS);
  }

  private static void fitConfidence(List<EvalQuestion> questions, AnswerEngine engine, KnowledgeIndex index) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Boolean> abstain = new ArrayList<>();
    for (EvalQuestion question : questions) {
      AnswerEngine.Draft draft = index.read(view -> engine.draft(question.question(), null, view, "de"));
      if (draft.signals().distinctiveCovered()) {
        rows.add(new double[] {draft.signals().coverage(), draft.signals().documentCoverage()});
        labels.add(!question.abstain() && hits(question, draft.answer().text()));
        abstain.add(question.abstain());
      }
    }
    double[] fitted = LogisticFit.fit(rows, labels, L2, ITERATIONS);
    System.out.println("Confidence evidence " + Arrays.toString(fitted));
    double best = 0;
    double bestCorrect = -1;
    for (double threshold = 0.05; threshold < 0.96; threshold += 0.05) {
      int correct = 0;
      for (int r = 0; r < rows.size(); r++) {
        boolean answered = LogisticFit.probability(fitted, rows.get(r)) >= threshold;
        correct += answered ? (labels.get(r) ? 1 : 0) : (abstain.get(r) ? 1 : 0);
      }
      if (correct > bestCorrect) {
        bestCorrect = correct;
        best = threshold;
      }
    }
    System.out.printf("minConfidence %.2f (correct among questions with covered distinctive words: %.0f of %d)%n",
        best, bestCorrect, rows.size());
  }

  /**
   * Fits the probability that an answer is right over the questions the engine answers (label: the scorer counts the
   * answer; an answered question without an answer is wrong), from the anchor's score and its capped lead.
   */
  private static void fitRight(List<EvalQuestion> questions, EvalPipeline pipeline) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (EvalQuestion question : questions) {
      Answer answer = pipeline.engine().answer(Question.of(question.question()));
      if (answer.answered()) {
        Confidence.Signals signals = pipeline.draft(question.question()).signals();
        rows.add(new double[] {signals.anchorScore(), signals.cappedLead()});
        labels.add(!question.abstain() && hits(question, answer.text()));
      }
    }
    System.out.println("Confidence right " + Arrays.toString(LogisticFit.fit(rows, labels, L2, ITERATIONS)));
  }

  /** True when the scorer counts the text as an answer to the question. */
  static boolean hits(EvalQuestion question, String text) {
    return new AnswerScorer().score(List.of(question), Map.of(question.id(), new AnswerScorer.Reply(true, text)))
        .failures().isEmpty();
  }
}
