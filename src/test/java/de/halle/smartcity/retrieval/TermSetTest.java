package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A set of analysed terms: membership, union and whether a year is among them. */
class TermSetTest {

  @Test
  void containsEachGivenTermOnceRepeatedOrNotAndNoOther() {
    TermSet set = TermSet.of(List.of("rad", "weg", "rad", "2023", "weg", "rad"));

    assertThat(List.of("rad", "weg", "2023")).allMatch(set::contains);
    assertThat(set.contains("park")).isFalse();
    assertThat(set.contains("")).isFalse();
  }

  @Test
  void anEmptySetContainsNothingAndNamesNoYear() {
    TermSet set = TermSet.of(List.of());

    assertThat(set.contains("rad")).isFalse();
    assertThat(set.namesYear()).isFalse();
  }

  @Test
  void namesAYearWhenAnyTermIsOneWhereverItStands() {
    assertThat(TermSet.of(List.of("rad", "weg", "2023")).namesYear()).isTrue();
    assertThat(TermSet.of(List.of("1999", "rad")).namesYear()).isTrue();
    assertThat(TermSet.of(List.of("rad", "2150", "123", "20234")).namesYear()).isFalse();
  }

  @Test
  void theUnionContainsTheTermsOfEverySetAndNamesAYearWhenOneOfThemDoes() {
    TermSet union = TermSet.union(TermSet.of(List.of("rad", "weg")), TermSet.of(List.of("weg", "2019")));

    assertThat(List.of("rad", "weg", "2019")).allMatch(union::contains);
    assertThat(union.contains("park")).isFalse();
    assertThat(union.namesYear()).isTrue();
    assertThat(TermSet.union(TermSet.of(List.of("rad")), TermSet.of(List.of("weg"))).namesYear()).isFalse();
  }

  @Test
  void aPartOfAWordIsInTheSetButAsAWholeWordOnlyWhereItAlsoStandsAlone() {
    TermSet set = TermSet.of(List.of("strassenbahn", "halt"), List.of("strass", "bahn", "halt"));

    assertThat(List.of("strassenbahn", "strass", "bahn", "halt")).allMatch(set::contains);
    assertThat(set.containsWholeHash(TermSet.hash("strassenbahn"))).isTrue();
    assertThat(set.containsWholeHash(TermSet.hash("halt"))).isTrue();
    assertThat(set.containsWholeHash(TermSet.hash("strass"))).isFalse();
    assertThat(TermSet.of(List.of("rad")).containsWholeHash(TermSet.hash("rad"))).isTrue();
  }

  @Test
  void theUnionHoldsATermAsAWholeWordWhenAnySetDoes() {
    TermSet union = TermSet.union(TermSet.of(List.of("bahn"), List.of("strass")),
        TermSet.of(List.of("strass"), List.of("platz")));

    assertThat(union.containsWholeHash(TermSet.hash("strass"))).isTrue();
    assertThat(union.containsWholeHash(TermSet.hash("platz"))).isFalse();
    assertThat(union.contains("platz")).isTrue();
  }
}
