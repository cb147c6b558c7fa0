package de.halle.smartcity.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

  @ParameterizedTest(name = "p{1} of [{0}] = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5 | 50 | 5",
        "5 | 99 | 5",
        "1 2 | 50 | 1",
        "2 1 | 100 | 2",
        "3 1 2 | 50 | 2",
        "1 2 3 4 | 50 | 2",
        "1 2 3 4 5 6 7 8 9 10 | 90 | 9",
        "1 2 3 4 5 6 7 8 9 10 | 99 | 10",
        "10 9 8 7 6 5 4 3 2 1 | 10 | 1",
      })
  void takesTheNearestRankPercentile(String values, double percent, double expected) {
    double[] numbers = Arrays.stream(values.split(" ")).mapToDouble(Double::parseDouble).toArray();

    assertThat(Percentiles.of(numbers, percent)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "percent {0}")
  @CsvSource({"0", "-1", "101"})
  void rejectsAPercentOutsideTheRange(double percent) {
    assertThatThrownBy(() -> Percentiles.of(new double[] {1}, percent))
        .hasMessage("percent must be in (0, 100] but was " + percent);
  }

  @org.junit.jupiter.api.Test
  void rejectsNoValues() {
    assertThatThrownBy(() -> Percentiles.median(new double[0])).hasMessageStartingWith("no values");
  }
}
