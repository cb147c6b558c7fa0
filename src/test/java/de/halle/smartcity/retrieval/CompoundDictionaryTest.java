package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompoundDictionaryTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("zählen", List.of("zählung")),
        Arguments.of("fahrgäste", List.of("fahrgast")),
        Arguments.of("häuser", List.of("haus")),
        Arguments.of("städte", List.of("stadt")),
        Arguments.of("sensoren", List.of("sensorung")),
        Arguments.of("linie", List.of()),
        Arguments.of("straße", List.of()),
        Arguments.of("eben", List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void aCompoundMayHoldTheNounOfAVerbAndTheSingularOfAnUmlautPlural(String word, List<String> forms) {
    assertThat(CompoundDictionary.baseForms(word)).containsExactlyElementsOf(forms);
  }

  @Test
  void theShippedShortHeadsAreShortWords() {
    assertThat(CompoundDictionary.shortHeads(CompoundDictionary.SHORT_HEADS)).contains("rad")
        .allMatch(head -> head.length() < CompoundDictionary.MIN_WORD);
  }

  @Test
  void aLongEntryAmongTheShortHeadsIsNamedWithTheFile() {
    assertThatThrownBy(() -> CompoundDictionary.shortHeads("lang-fixtures/short-compound-heads-long.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lang-fixtures/short-compound-heads-long.txt: 'fahrrad' is not a lower-case word shorter than 4"
            + " letters (longer parts belong in lang/de/compound-parts.txt)");
  }
}
