package de.halle.smartcity.cli.bench;

/**
 * What one benchmark run measures.
 *
 * @param releases how many synthetic releases to generate
 * @param questions how many questions each latency round asks
 * @param runs how many restarts and latency rounds to take the median of
 * @param seed the random seed, so runs are comparable
 */
record BenchPlan(int releases, int questions, int runs, int seed) {

  BenchPlan {
    if (releases < 1 || questions < 1 || runs < 1) {
      throw new IllegalArgumentException(
          "releases, questions and runs must be >= 1 but were " + releases + ", " + questions + ", " + runs);
    }
  }

  @Override
  public String toString() {
    return releases + " synthetic releases, " + questions + " questions, " + runs + " runs, seed " + seed;
  }
}
