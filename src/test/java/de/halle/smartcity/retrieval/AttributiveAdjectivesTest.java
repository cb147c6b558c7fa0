package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.retrieval.AttributiveAdjectives.Attribute;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributiveAdjectivesTest {

  static List<Arguments> questions() {
    return List.of(
        Arguments.of("Gibt es freies WLAN in Musterstadt?", List.of(new Attribute(2, 3))),
        Arguments.of("Wo gibt es kostenlose Parkplätze?", List.of(new Attribute(3, 4))),
        Arguments.of("Welche neuen Projekte gibt es?", List.of(new Attribute(1, 2))),
        Arguments.of("Gibt es eine neue Internetseite?", List.of(new Attribute(3, 4))),
        Arguments.of("Gibt es freies, schnelles Internet?", List.of(new Attribute(3, 4))),
        Arguments.of("Ist das Parken kostenlos?", List.of()),
        Arguments.of("Ist das WLAN frei zugänglich?", List.of()),
        Arguments.of("Wo finden Bürger Hilfe?", List.of()),
        Arguments.of("Ich suche Parkplätze am Markt", List.of()),
        Arguments.of("Wer führt üblicherweise Untersuchungen durch?", List.of()),
        Arguments.of("Gibt es heute Führungen?", List.of()));
  }

  @ParameterizedTest
  @MethodSource("questions")
  void anInflectedAdjectiveRightBeforeANounIsItsAttributeButNotAVerbAnAdverbNorAPredicativeAdjective(String question,
      List<Attribute> expected) {
    assertThat(AttributiveAdjectives.of(question)).isEqualTo(expected);
  }
}
