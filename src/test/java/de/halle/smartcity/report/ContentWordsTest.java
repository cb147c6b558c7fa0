package de.halle.smartcity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

  private final ContentWords words = ContentWords.withDefaultStopwords();

  @Test
  void dropsStopwordsAndQuestionWordsAndLowercases() {
    assertThat(words.of("Wann und wo fand die Konferenz statt?")).containsExactly("fand", "konferenz", "statt");
  }

  @Test
  void treatsInflectedFormsAndUmlautSpellingsAsTheSameWord() {
    assertThat(words.of("Konferenzen in Städten")).isEqualTo(words.of("Konferenz in Stadten"));
  }

  @Test
  void ignoresScrubberPlaceholders() {
    assertThat(words.of("Ich wohne [ADRESSE], Parkausweis?")).containsExactly("wohn", "parkausweis");
  }

  @Test
  void readsStopwordListsWithCommentsAndBlankLines() {
    assertThat(ContentWords.parse(List.of("# Kommentar", "", "  und ", "oder"))).containsExactly("und", "oder");
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(delimiter = ';', value = {
      "a b; a b; 1.0",
      "a b; a c; 0.3333333333333333",
      "a b c d; a b c; 0.75",
      "a; b; 0.0",
      "; ; 0.0",
      "a; ; 0.0"})
  void measuresJaccardSimilarityOfWordSets(String left, String right, double expected) {
    assertThat(ContentWords.similarity(set(left), set(right))).isEqualTo(expected);
  }

  private static Set<String> set(String words) {
    return words == null ? Set.of() : Set.of(words.split(" "));
  }
}
