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
    return new RankingModel(-6.644, List.of(1.061, 2.322, 0.833, 0.859, 0.342, 1.076, 0.570, 0.156));
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
