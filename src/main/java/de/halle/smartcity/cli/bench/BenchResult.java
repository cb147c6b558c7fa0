package de.halle.smartcity.cli.bench;

import java.util.Locale;

/**
 * The numbers of one benchmark run.
 *
 * @param plan what was measured
 * @param index the index and restart times
 * @param latency answer latency percentiles
 * @param heapBytes heap used after GC with the engine loaded
 * @param machine the machine's cores, maximum heap and load as {@code key=value} pairs
 */
record BenchResult(BenchPlan plan, Index index, Latency latency, long heapBytes, String machine) {

  /**
   * Index times.
   *
   * @param seconds first load and index with an empty cache (wall clock)
   * @param cpuSeconds CPU time of the whole process during the first index
   * @param restartSeconds load and index from the warm cache (median)
   */
  record Index(double seconds, double cpuSeconds, double restartSeconds) {}

  /** One line of {@code key=value} pairs with every number, medians over the rounds, for the README. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "bench releases=%d questions=%d runs=%d answered_pct=%.0f index_s=%.2f index_cpu_s=%.2f restart_s=%.2f "
            + "p50_ms=%.3f p99_ms=%.3f heap_mb=%d %s",
        plan.releases(),
        plan.questions(),
        plan.runs(),
        100 * latency.answeredShare(),
        index.seconds(),
        index.cpuSeconds(),
        index.restartSeconds(),
        latency.p50(),
        latency.p99(),
        heapBytes >> 20,
        machine);
  }
}
