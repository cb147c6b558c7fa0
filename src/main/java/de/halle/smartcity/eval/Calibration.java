package de.halle.smartcity.eval;

import de.halle.smartcity.answer.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How well the confidence of the answers matches how often they are right, for {@code eval --calibration}: the Brier
 * score and a reliability table over the answered questions, and the AUC of the confidence for right answers against
 * wrong ones and against every other reply (wrong answers and declines, a decline carrying the confidence of the
 * answer it withheld).
 *
 * @param answered number of answered questions
 * @param brier mean squared difference of confidence and outcome (1 right, 0 wrong) over the answered questions
 * @param answeredAuc chance that a right answer has a higher confidence than a wrong one (ties half), NaN unless
 *     there are both
 * @param overallAuc the same for right answers against all other replies, NaN unless there are both
 * @param bins the answered questions by confidence in equal-width bins over [0, 1]
 */
public record Calibration(int answered, double brier, double answeredAuc, double overallAuc, List<Bin> bins) {

  public Calibration {
    bins = List.copyOf(bins);
  }

  /**
   * One scored reply.
   *
   * @param confidence the reply's confidence in [0, 1]
   * @param answered whether it answered
   * @param right whether it was an answer the scorer counts
   */
  public record Reply(double confidence, boolean answered, boolean right) {
    public Reply {
      if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
        throw new IllegalArgumentException("confidence must be in [0, 1] but was " + confidence);
      }
      if (right && !answered) {
        throw new IllegalArgumentException("only an answer can be right, but got a right decline");
      }
    }
  }

  /**
   * One row of the reliability table: answers with confidence in [lower, upper) (the last bin includes 1).
   *
   * @param count answers in the bin
   * @param meanConfidence their mean confidence (NaN when empty)
   * @param rightShare the share of them that is right (NaN when empty)
   */
  public record Bin(double lower, double upper, int count, double meanConfidence, double rightShare) {}

  /** The calibration of the replies, the reliability table with {@code binCount} bins. */
  public static Calibration of(List<Reply> replies, int binCount) {
    if (binCount < 1) {
      throw new IllegalArgumentException("need at least one bin but got " + binCount);
    }
    List<Reply> answers = replies.stream().filter(Reply::answered).toList();
    double brier = answers.stream().mapToDouble(r -> square(r.confidence() - (r.right() ? 1 : 0))).average()
        .orElse(Double.NaN);
    return new Calibration(answers.size(), brier, auc(answers, Reply::right), auc(replies, Reply::right),
        bins(answers, binCount));
  }

  /**
   * The replies to eval questions as scored: an answer is right when the scorer did not count its question as failed.
   */
  public static List<Reply> replies(Map<String, Answer> answers, EvalScore score) {
    Set<String> failed = Set.copyOf(score.failures());
    return answers.entrySet().stream().map(e -> new Reply(e.getValue().confidence(), e.getValue().answered(),
        e.getValue().answered() && !failed.contains(e.getKey()))).toList();
  }

  /** The AUC of the confidence for the replies {@code positive} picks against the others, NaN unless both exist. */
  static double auc(List<Reply> replies, Predicate<Reply> positive) {
    return auc(replies.stream().filter(positive).mapToDouble(Reply::confidence).toArray(),
        replies.stream().filter(positive.negate()).mapToDouble(Reply::confidence).toArray());
  }

  /**
   * The area under the ROC curve: the chance that a random member of {@code higher} scores above a random member of
   * {@code lower}, ties counting half (1: perfectly separated, 0.5: no better than chance); NaN when either group is
   * empty. Also used by the test-scope probing tools.
   */
  public static double auc(double[] higher, double[] lower) {
    if (higher.length == 0 || lower.length == 0) {
      return Double.NaN;
    }
    double wins = 0;
    for (double h : higher) {
      for (double l : lower) {
        wins += h > l ? 1 : h == l ? 0.5 : 0;
      }
    }
    return wins / ((double) higher.length * lower.length);
  }

  private static List<Bin> bins(List<Reply> answers, int binCount) {
    List<Bin> bins = new ArrayList<>();
    for (int b = 0; b < binCount; b++) {
      int bin = b;
      List<Reply> in = answers.stream()
          .filter(r -> Math.min(binCount - 1, (int) (r.confidence() * binCount)) == bin).toList();
      bins.add(new Bin(b / (double) binCount, (b + 1) / (double) binCount, in.size(),
          in.stream().mapToDouble(Reply::confidence).average().orElse(Double.NaN),
          in.stream().mapToDouble(r -> r.right() ? 1 : 0).average().orElse(Double.NaN)));
    }
    return bins;
  }

  private static double square(double x) {
    return x * x;
  }

  /**
   * The report lines: {@code answered=… brier=… auc_answered=… auc_overall=…}, then one {@code confidence=[lo,hi)
   * n=… mean=… right=…} line per non-empty bin; an undefined value prints as {@code n/a}.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("answered=" + answered + " brier=" + format(brier, "%.4f") + " auc_answered="
        + format(answeredAuc, "%.3f") + " auc_overall=" + format(overallAuc, "%.3f"));
    for (Bin bin : bins) {
      if (bin.count() > 0) {
        lines.add(String.format(Locale.ROOT, "confidence=[%.1f,%.1f%s n=%d mean=%.3f right=%.3f", bin.lower(),
            bin.upper(), bin.upper() >= 1 ? "]" : ")", bin.count(), bin.meanConfidence(), bin.rightShare()));
      }
    }
    return lines;
  }

  private static String format(double value, String pattern) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, pattern, value);
  }
}
