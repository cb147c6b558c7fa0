package de.halle.smartcity.retrieval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Weighted fusion of several scorings of the same items after scaling each scoring by its best score. */
public final class ScoreFusion {

  private ScoreFusion() {}

  /**
   * Fuses scorings: each item scores {@code sum(weight_i * score_i(item) / max_i)} where {@code max_i} is the best
   * score of scoring i (a scoring whose best is not positive contributes nothing; missing items count 0). Returns
   * items best first with their fused score; ties keep first-seen order.
   */
  public static <T> Map<T, Double> fuse(List<Map<T, Double>> scorings, List<Double> weights) {
    if (scorings.size() != weights.size()) {
      throw new IllegalArgumentException("need one weight per scoring but got " + scorings.size() + " scorings and "
          + weights.size() + " weights");
    }
    Map<T, Double> fused = new LinkedHashMap<>();
    for (int i = 0; i < scorings.size(); i++) {
      Map<T, Double> scoring = scorings.get(i);
      double max = scoring.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double scale = max > 0 ? weights.get(i) / max : 0;
      scoring.forEach((item, score) -> fused.merge(item, Math.max(0, score) * scale, Double::sum));
    }
    Map<T, Integer> order = new HashMap<>();
    fused.keySet().forEach(item -> order.put(item, order.size()));
    Map<T, Double> sorted = new LinkedHashMap<>();
    fused.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue())
            ? Integer.compare(order.get(a.getKey()), order.get(b.getKey()))
            : Double.compare(b.getValue(), a.getValue()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
