package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeparationTest {

  static Stream<Arguments> groups() {
    return Stream.of(
        Arguments.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2}, 1.0),
        Arguments.of(new double[] {0.1, 0.2}, new double[] {0.9, 0.8}, 0.0),
        Arguments.of(new double[] {0.5, 0.5}, new double[] {0.5}, 0.5),
        Arguments.of(new double[] {0.9, 0.3}, new double[] {0.5, 0.1}, 0.75),
        Arguments.of(new double[] {0.4}, new double[] {0.4, 0.2, 0.6}, 0.5));
  }

  @ParameterizedTest
  @MethodSource("groups")
  void aucIsTheShareOfPairsTheScoreOrdersRightTiesCountingHalf(double[] higher, double[] lower, double expected) {
    assertThat(Separation.auc(higher, lower)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void bothGroupsNeedScores() {
    assertThatThrownBy(() -> Separation.auc(new double[] {0.3}, new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need scores in both groups but got 1 and 0");
  }
}
