package de.halle.smartcity.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void reportsTheMedianOverRoundsOfEachPercentile() {
    Latency latency = new Latency(new double[] {5, 1, 3}, new double[] {9, 7, 8}, new double[] {2, 4, 3},
        new double[] {6, 6, 5}, 0.5);

    assertThat(latency.p50()).isEqualTo(3);
    assertThat(latency.p99()).isEqualTo(8);
    assertThat(latency.p50Cpu()).isEqualTo(3);
    assertThat(latency.p99Cpu()).isEqualTo(6);
  }

  @Test
  void rejectsRoundsMissingAValue() {
    assertThatThrownBy(() -> new Latency(new double[] {1, 2}, new double[] {1, 2}, new double[] {1},
        new double[] {1, 2}, 0.5))
        .hasMessage("need one value (> 0 rounds) per round in each of p50, p99, p50 CPU and p99 CPU but got 2, 2, 1, 2");
  }

  @Test
  void rejectsAnAnsweredShareOutsideZeroToOne() {
    assertThatThrownBy(() -> new Latency(new double[] {1}, new double[] {1}, new double[] {1}, new double[] {1}, 1.5))
        .hasMessage("answered share must be in [0, 1] but was 1.5");
  }
}
