package de.halle.smartcity.retrieval;

import java.util.List;

/**
 * A linear model over {@link SentenceFeatures} that orders candidate sentences; the weights were fitted by logistic
 * regression on the integreat-qa train split (label: the sentence is an annotated answer line), reproducibly with the
 * test-scope tool {@code de.halle.smartcity.answer.ModelFit}.
 *
 * @param bias intercept
 * @param weights one weight per feature, in the order of {@link SentenceFeatures#toArray()}
 */
public record RankingModel(double bias, List<Double> weights) {

  private static final int FEATURES = 8;

  public RankingModel {
    weights = List.copyOf(weights);
    if (weights.size() != FEATURES) {
      throw new IllegalArgumentException("need " + FEATURES + " weights but got " + weights.size());
    }
  }

  /** The fitted defaults. */
  public static RankingModel defaults() {
    return new RankingModel(-6.623, List.of(0.900, 2.391, 0.753, 0.790, 0.268, 1.179, 0.702, 0.074));
  }

  /** The log-odds that the sentence answers the question. */
  public double score(SentenceFeatures features) {
    double[] f = features.toArray();
    double z = bias;
    for (int i = 0; i < f.length; i++) {
      z += weights.get(i) * f[i];
    }
    return z;
  }
}
