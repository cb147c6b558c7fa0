package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RankFusionTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("one ranking keeps its order", List.of(List.of("a", "b", "c")), List.of(1.0), 0,
            List.of("a", "b", "c")),
        Arguments.of("agreement wins over a single first place", List.of(List.of("a", "b"), List.of("c", "b")),
            List.of(1.0, 1.0), 1, List.of("b", "a", "c")),
        Arguments.of("a heavier ranking decides a tie", List.of(List.of("a", "b"), List.of("b", "a")),
            List.of(1.0, 2.0), 60, List.of("b", "a")),
        Arguments.of("items of one list only still count", List.of(List.of("a"), List.of("b", "c")),
            List.of(1.0, 1.0), 60, List.of("a", "b", "c")),
        Arguments.of("equal scores keep first-seen order", List.of(List.of("x"), List.of("y")),
            List.of(1.0, 1.0), 60, List.of("x", "y")),
        Arguments.of("nothing to fuse", List.of(List.of(), List.of()), List.of(1.0, 1.0), 60, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fusesRankingsByWeightedReciprocalRank(
      String name, List<List<String>> rankings, List<Double> weights, int k, List<String> expected) {
    assertThat(RankFusion.fuse(rankings, weights, k).keySet()).containsExactlyElementsOf(expected);
  }

  @Test
  void scoreIsTheSumOfWeightedReciprocalRanks() {
    Map<String, Double> fused = RankFusion.fuse(List.of(List.of("a", "b"), List.of("b")), List.of(1.0, 2.0), 10);

    assertThat(fused.get("a")).isCloseTo(1.0 / 11, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(fused.get("b")).isCloseTo(1.0 / 12 + 2.0 / 11, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void refusesAWeightCountThatDoesNotMatch() {
    assertThatThrownBy(() -> RankFusion.fuse(List.of(List.of("a")), List.of(1.0, 2.0), 60))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 rankings, 2 weights");
  }
}
