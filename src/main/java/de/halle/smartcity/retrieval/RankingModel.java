package de.halle.smartcity.retrieval;

import java.util.List;

/**
 * A linear model over {@link SentenceFeatures} that orders candidate sentences; the weights were fitted by logistic
 * regression on the integreat-qa train split (label: the sentence is an annotated answer line).
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
    return new RankingModel(-3.0, List.of(0.595, 2.695, 3.296, 1.974, 0.352, 1.451, 1.951, -0.140));
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
