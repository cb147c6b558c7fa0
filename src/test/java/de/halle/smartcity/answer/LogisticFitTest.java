package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

  @Test
  void featureThatPredictsTheLabelGetsAPositiveWeightAndNoiseFeatureAboutNone() {
    List<double[]> rows = List.of(
        new double[] {0.9, 0.5}, new double[] {0.8, 0.1}, new double[] {0.7, 0.9},
        new double[] {0.2, 0.5}, new double[] {0.1, 0.9}, new double[] {0.3, 0.1});
    List<Boolean> labels = List.of(true, true, true, false, false, false);

    double[] fitted = LogisticFit.fit(rows, labels, 0.01, 25);

    assertThat(fitted[1]).isGreaterThan(3);
    assertThat(Math.abs(fitted[2])).isLessThan(fitted[1] / 4);
    assertThat(LogisticFit.probability(fitted, new double[] {0.9, 0.5})).isGreaterThan(0.7);
    assertThat(LogisticFit.probability(fitted, new double[] {0.1, 0.5})).isLessThan(0.3);
  }

  @Test
  void rowsAndLabelsMustPair() {
    assertThatThrownBy(() -> LogisticFit.fit(List.of(new double[] {1}), List.of(), 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need as many labels as rows but got 1 rows and 0 labels");
  }
}
