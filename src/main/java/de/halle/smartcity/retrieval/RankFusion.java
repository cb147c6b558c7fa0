package de.halle.smartcity.retrieval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Weighted reciprocal rank fusion of several rankings of the same items. */
public final class RankFusion {

  private RankFusion() {}

  /**
   * Fuses rankings (best first) into one: each item scores {@code sum(weight_i / (k + rank_i))} over the rankings it
   * appears in, rank counted from 1. Returns items best first with their fused score; ties keep first-seen order.
   */
  public static <T> Map<T, Double> fuse(List<List<T>> rankings, List<Double> weights, int k) {
    if (rankings.size() != weights.size() || k < 0) {
      throw new IllegalArgumentException("need one weight per ranking and k >= 0 but got " + rankings.size()
          + " rankings, " + weights.size() + " weights, k=" + k);
    }
    Map<T, Double> scores = new LinkedHashMap<>();
    for (int r = 0; r < rankings.size(); r++) {
      List<T> ranking = rankings.get(r);
      for (int i = 0; i < ranking.size(); i++) {
        scores.merge(ranking.get(i), weights.get(r) / (k + i + 1), Double::sum);
      }
    }
    Map<T, Double> sorted = new LinkedHashMap<>();
    Map<T, Integer> order = new HashMap<>();
    scores.keySet().forEach(item -> order.put(item, order.size()));
    scores.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue())
            ? Integer.compare(order.get(a.getKey()), order.get(b.getKey()))
            : Double.compare(b.getValue(), a.getValue()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
