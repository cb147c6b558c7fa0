package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompoundCoverFilterTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("konferenzteilnahme", List.of("konferenz", "teilnahme", "nahme"), List.of("konferenz", "teilnahme")),
        Arguments.of("arbeitszeit", List.of("arbeit", "zeit"), List.of("arbeit", "zeit")),
        Arguments.of("konferenzteilnahmen", List.of("konferenz", "teilnahme"), List.of("konferenz", "teilnahme")),
        Arguments.of("kosten", List.of("osten"), List.of()),
        Arguments.of("parkausweis", List.of("park", "weis"), List.of()),
        Arguments.of("anwohnerparkausweis", List.of("anwohner", "park", "ausweis", "weis"),
            List.of("anwohner", "park", "ausweis")));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("cases")
  void keepsOnlyTheFewestPartsThatSpellTheWholeWord(String word, List<String> candidates, List<String> kept) {
    boolean[] keep = CompoundCoverFilter.cover(word, candidates);

    List<String> actual = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        actual.add(candidates.get(i));
      }
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(kept);
  }
}
