package de.halle.smartcity.cli.bench;

/**
 * The answer latencies of the benchmark's rounds.
 *
 * @param p50Millis median answer latency of each round
 * @param p99Millis 99th-percentile answer latency of each round
 * @param p50CpuMillis median CPU time of the answering thread per question, each round (load-independent)
 * @param p99CpuMillis 99th-percentile CPU time of the answering thread per question, each round
 * @param answeredShare the share of questions answered rather than declined (first round)
 */
record Latency(double[] p50Millis, double[] p99Millis, double[] p50CpuMillis, double[] p99CpuMillis,
    double answeredShare) {

  Latency {
    int rounds = p50Millis.length;
    if (rounds == 0 || p99Millis.length != rounds || p50CpuMillis.length != rounds || p99CpuMillis.length != rounds) {
      throw new IllegalArgumentException("need one value (> 0 rounds) per round in each of p50, p99, p50 CPU and p99 "
          + "CPU but got " + rounds + ", " + p99Millis.length + ", " + p50CpuMillis.length + ", " + p99CpuMillis.length);
    }
    if (answeredShare < 0 || answeredShare > 1) {
      throw new IllegalArgumentException("answered share must be in [0, 1] but was " + answeredShare);
    }
    p50Millis = p50Millis.clone();
    p99Millis = p99Millis.clone();
    p50CpuMillis = p50CpuMillis.clone();
    p99CpuMillis = p99CpuMillis.clone();
  }

  double p50() {
    return Percentiles.median(p50Millis);
  }

  double p99() {
    return Percentiles.median(p99Millis);
  }

  double p50Cpu() {
    return Percentiles.median(p50CpuMillis);
  }

  double p99Cpu() {
    return Percentiles.median(p99CpuMillis);
  }
}
