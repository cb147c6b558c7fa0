package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.LanguageResources;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {

  private static final GermanAnalysis ANALYSIS = new GermanAnalysis(LanguageResources.load(null), List.of());
  private static final RelativeTime RELATIVE = RelativeTime.load();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Wie ist das Wetter morgen? | morgen",
      "Was war gestern im Rathaus los? | gestern",
      "Was passiert am Morgen im Rathaus? | ''",
      "Wie heißt das Gebiet heute? | ''",
      "Wann öffnet das Bürgerbüro? | ''"})
  void questionPlacedRelativeToTheDayItIsAskedNamesThatWord(String question, String word) {
    List<String> expected = word.isEmpty() ? List.of() : ANALYSIS.indexTerms(word);

    assertThat(RELATIVE.termsOf(question, ANALYSIS)).isEqualTo(expected);
  }
}
