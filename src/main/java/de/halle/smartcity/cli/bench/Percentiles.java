package de.halle.smartcity.cli.bench;

import java.util.Arrays;

/** Nearest-rank percentiles and medians of measured values, as the benchmark reports them. */
final class Percentiles {

  private Percentiles() {}

  /**
   * The nearest-rank percentile: the smallest value such that at least {@code percent}% of the values are less or
   * equal.
   *
   * @throws IllegalArgumentException for no values or a percent outside (0, 100]
   */
  static double of(double[] values, double percent) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to take the " + percent + "th percentile of");
    }
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be in (0, 100] but was " + percent);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** The median, by nearest rank. */
  static double median(double[] values) {
    return of(values, 50);
  }
}
