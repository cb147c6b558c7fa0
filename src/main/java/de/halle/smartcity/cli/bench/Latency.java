package de.halle.smartcity.cli.bench;

/**
 * The answer latencies of the benchmark's rounds.
 *
 * @param p50Millis median answer latency of each round
 * @param p99Millis 99th-percentile answer latency of each round
 * @param answeredShare the share of questions answered rather than declined (first round)
 */
record Latency(double[] p50Millis, double[] p99Millis, double answeredShare) {

  Latency {
    if (p50Millis.length == 0 || p50Millis.length != p99Millis.length) {
      throw new IllegalArgumentException(
          "need the same number (> 0) of p50 and p99 values but got " + p50Millis.length + " and " + p99Millis.length);
    }
    if (answeredShare < 0 || answeredShare > 1) {
      throw new IllegalArgumentException("answered share must be in [0, 1] but was " + answeredShare);
    }
    p50Millis = p50Millis.clone();
    p99Millis = p99Millis.clone();
  }

  double p50() {
    return Percentiles.median(p50Millis);
  }

  double p99() {
    return Percentiles.median(p99Millis);
  }
}
