package de.halle.smartcity.answer;

import de.halle.smartcity.eval.Calibration;
import de.halle.smartcity.eval.EvalQuestion;
import de.halle.smartcity.eval.EvalRunner;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.Retrieval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Measures whether signals known when an answer is drafted separate right drafts from questions the releases cannot
 * answer: per signal set, a logistic model fitted on the first split (right drafts against unanswerable questions;
 * wrong drafts score nothing either way and are left out), its AUC on both splits, the overall accuracy at the
 * threshold best on the first split, and on the second split the best overall any threshold reaches (a ceiling).
 * As in the engine, only drafts covering the question's distinctive words are decided; the rest stay declined. Run:
 * {@code java -cp target/test-classes:target/halle-bot.jar de.halle.smartcity.answer.AnswerabilityProbe
 * KNOWLEDGE_DIR TRAIN_FILE DEV_FILE [CACHE_DIR]}.
 */
final class AnswerabilityProbe {

  private static final List<String> SIGNALS = List.of("coverage", "documentCoverage", "anchorScore",
      "otherReleaseMargin", "releaseShareTop10", "sentenceCoverage", "dense", "candidates", "denseBestSameRelease",
      "releasesTop5");
  private static final List<List<String>> SETS = List.of(List.of("coverage", "documentCoverage"),
      List.of("anchorScore"), List.of("otherReleaseMargin"), List.of("sentenceCoverage"),
      List.of("anchorScore", "otherReleaseMargin", "releaseShareTop10", "sentenceCoverage"), SIGNALS);
  private static final double L2 = 0.001;
  private static final int ITERATIONS = 25;
  private static final int TOP = 10;

  private AnswerabilityProbe() {}

  /** What the scorer makes of a draft. */
  enum Outcome { RIGHT, WRONG, UNANSWERABLE }

  /**
   * One question's draft.
   *
   * @param signals the values of {@link #SIGNALS}
   * @param decided whether the draft covers the distinctive words, so the evidence score decides it
   * @param evidence the engine's evidence score of the draft, which decides declines
   */
  record Row(double[] signals, boolean decided, double evidence, Outcome outcome) {}

  public static void main(String[] args) {
    Path cache = args.length > 3 ? Path.of(args[3]) : Path.of("data/cache");
    try (EvalPipeline pipeline = EvalPipeline.open(Path.of(args[0]), cache)) {
      List<Row> train = rows(EvalRunner.read(Path.of(args[1])), pipeline);
      List<Row> dev = rows(EvalRunner.read(Path.of(args[2])), pipeline);
      double needed = AnswerSettings.defaults().minConfidence();
      System.out.printf("engine now: train %.3f, dev %.3f%n", overall(train, Row::evidence, needed),
          overall(dev, Row::evidence, needed));
      System.out.printf("perfect decision on the decided drafts: train %.3f, dev %.3f%n", overall(train, r ->
          r.outcome() == Outcome.RIGHT ? 1 : 0, 1), overall(dev, r -> r.outcome() == Outcome.RIGHT ? 1 : 0, 1));
      SETS.forEach(set -> report(set, train, dev));
    }
  }

  private static List<Row> rows(List<EvalQuestion> questions, EvalPipeline pipeline) {
    List<Row> rows = new ArrayList<>();
    for (EvalQuestion question : questions) {
      rows.add(pipeline.index().read(view -> {
        EvalPipeline.Read read = pipeline.read(question.question());
        Retrieval retrieval = pipeline.retriever().retrieve(read.search(), view);
        return row(question, pipeline.engine().draft(read.search(), null, view, read.language()),
            retrieval.candidates());
      }));
    }
    return rows;
  }

  private static Row row(EvalQuestion question, AnswerEngine.Draft draft, List<Evidence> candidates) {
    Outcome outcome = question.abstain() ? Outcome.UNANSWERABLE
        : ModelFit.hits(question, draft.answer().text()) ? Outcome.RIGHT : Outcome.WRONG;
    boolean decided = draft.anchor() != null && draft.signals().distinctiveCovered();
    double[] signals = decided ? signals(draft, candidates) : new double[SIGNALS.size()];
    return new Row(signals, decided, draft.evidence(), outcome);
  }

  /** The values of {@link #SIGNALS} for a draft and the retrieval's candidates (best first). */
  private static double[] signals(AnswerEngine.Draft draft, List<Evidence> candidates) {
    Evidence anchor = draft.anchor();
    String release = anchor.file();
    double otherBest = candidates.stream().filter(e -> !e.file().equals(release)).mapToDouble(Evidence::fused)
        .max().orElse(anchor.fused() - TOP);
    List<Evidence> top = candidates.subList(0, Math.min(TOP, candidates.size()));
    Evidence densest = candidates.stream().max(Comparator.comparingDouble(Evidence::dense)).orElseThrow();
    return new double[] {draft.signals().coverage(), draft.signals().documentCoverage(), anchor.fused(),
        anchor.fused() - otherBest, top.stream().filter(e -> e.file().equals(release)).count() / (double) top.size(),
        anchor.features().sentenceCoverage(), anchor.dense(), candidates.size() / 100.0,
        densest.file().equals(release) ? 1 : 0, candidates.stream().limit(5).map(Evidence::file).distinct().count()};
  }

  private static void report(List<String> set, List<Row> train, List<Row> dev) {
    int[] columns = set.stream().mapToInt(SIGNALS::indexOf).toArray();
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (Row r : train) {
      if (r.decided() && r.outcome() != Outcome.WRONG) {
        rows.add(pick(r, columns));
        labels.add(r.outcome() == Outcome.RIGHT);
      }
    }
    double[] fitted = LogisticFit.fit(rows, labels, L2, ITERATIONS);
    Score model = r -> LogisticFit.probability(fitted, pick(r, columns));
    double threshold = bestThreshold(train, model);
    System.out.printf("%s %s threshold %.2f: train AUC %.3f overall %.3f | dev AUC %.3f overall %.3f (ceiling %.3f)%n",
        set, Arrays.toString(Arrays.stream(fitted).map(w -> Math.round(w * 1000) / 1000.0).toArray()), threshold,
        auc(train, model), overall(train, model, threshold), auc(dev, model), overall(dev, model, threshold),
        overall(dev, model, bestThreshold(dev, model)));
  }

  private static double[] pick(Row row, int[] columns) {
    return Arrays.stream(columns).mapToDouble(c -> row.signals()[c]).toArray();
  }

  /** The AUC of right drafts against unanswerable questions among the decided drafts. */
  private static double auc(List<Row> rows, Score model) {
    return Calibration.auc(scores(rows, Outcome.RIGHT, model), scores(rows, Outcome.UNANSWERABLE, model));
  }

  private static double[] scores(List<Row> rows, Outcome outcome, Score model) {
    return rows.stream().filter(r -> r.decided() && r.outcome() == outcome).mapToDouble(model::of).toArray();
  }

  private static double bestThreshold(List<Row> rows, Score model) {
    double best = 0;
    for (int t = 1; t < 100; t++) {
      best = overall(rows, model, t / 100.0) > overall(rows, model, best) ? t / 100.0 : best;
    }
    return best;
  }

  /** The split's overall accuracy when decided drafts scoring at least {@code threshold} are answered. */
  private static double overall(List<Row> rows, Score model, double threshold) {
    long correct = rows.stream().filter(r -> {
      boolean answered = r.decided() && model.of(r) >= threshold;
      return answered ? r.outcome() == Outcome.RIGHT : r.outcome() == Outcome.UNANSWERABLE;
    }).count();
    return correct / (double) rows.size();
  }

  /** A score for a row's draft. */
  @FunctionalInterface
  private interface Score {
    double of(Row row);
  }
}
