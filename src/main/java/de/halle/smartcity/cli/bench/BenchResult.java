package de.halle.smartcity.cli.bench;

import java.util.Locale;

/**
 * The numbers of one benchmark run.
 *
 * @param plan what was measured
 * @param indexSeconds first load and index with an empty cache
 * @param restartSeconds load and index from the warm cache (median)
 * @param p50Millis median answer latency of each round
 * @param p99Millis 99th-percentile answer latency of each round
 * @param heapBytes heap used after GC with the engine loaded
 */
record BenchResult(
    BenchPlan plan,
    double indexSeconds,
    double restartSeconds,
    double[] p50Millis,
    double[] p99Millis,
    long heapBytes) {

  BenchResult {
    p50Millis = p50Millis.clone();
    p99Millis = p99Millis.clone();
  }

  /** One line with every number, medians over the rounds, e.g. for the README's benchmark table. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "releases=%d questions=%d index_s=%.2f restart_s=%.2f p50_ms=%.3f p99_ms=%.3f heap_mb=%d",
        plan.releases(),
        plan.questions(),
        indexSeconds,
        restartSeconds,
        Percentiles.median(p50Millis),
        Percentiles.median(p99Millis),
        heapBytes / (1 << 20));
  }
}
