package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which name a sentence opens with, read from the sentence's tokens. */
class LevelNamesTest {

  private final GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

  @ParameterizedTest(name = "\"{0}\" opens with a name: {1}")
  @CsvSource(delimiter = '|', value = {
      "Aheim hat 120.000 Einwohner. | true",
      "„Aheim“ hat 120.000 Einwohner. | true",
      "Aheim, Beheim und Ceheim sind Partnerstädte. | true",
      "– Aheim hat 120.000 Einwohner. | false",
      "Der Stadt Aheim entstehen keine Kosten. | false",
      "2024 reiste Aheim nach Musterstadt. | false"})
  void aSentenceOpensWithTheNameItsFirstWordIs(String sentence, boolean opens) {
    Set<String> nameable = Set.of(term("Aheim"));

    long opening = LevelNames.openingName(sentence, GermanAnalysis.surfaceTokens(sentence), analysis, nameable);

    assertThat(opening).isEqualTo(opens ? TermSet.hash(term("Aheim")) : 0);
  }

  private String term(String word) {
    return analysis.indexTerms(word).get(0);
  }
}
