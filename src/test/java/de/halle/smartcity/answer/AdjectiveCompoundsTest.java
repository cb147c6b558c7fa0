package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdjectiveCompoundsTest {

  /** The compounds the made-up releases use as words of their own. */
  private static final Set<String> KNOWN = Set.of("grüntag", "grüntage", "altmarkt", "neubau", "einbau", "erstmal");
  /** The articles and pronouns of the made-up questions. */
  private static final Set<String> STOPWORDS = Set.of("eine", "der", "die", "mal");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", value = {
      "Wann ist der grüne Tag? => Wann ist der grüne Grüntag|Tag?",
      "Wann war der grünen Tag => Wann war der grünen Grüntag|Tag",
      "Was gibt es am grünen Tage? => Was gibt es am grünen Grüntage|Tage?",
      "Wo ist der alte Markt und der neuer Bau? => Wo ist der alte Altmarkt|Markt und der neuer Neubau|Bau?",
      "Grüne Tage? => Grüne Grüntage|Tage?",
      "Wann ist der grün Tag? => Wann ist der grün Tag?",
      "Wann ist der blaue Tag? => Wann ist der blaue Tag?",
      "Wann ist Grüne Tag? => Wann ist Grüne Tag?",
      "Wann ist der grüne tag? => Wann ist der grüne tag?",
      "Wann ist der grüne, Tag? => Wann ist der grüne, Tag?",
      "Wann ist der grüne Grüntag|Tag? => Wann ist der grüne Grüntag|Tag?",
      "Wann kommt eine Bau? => Wann kommt eine Bau?",
      "Was gab es zum ersten Mal? => Was gab es zum ersten Mal?"})
  void aNounAfterAnInflectedAdjectiveIsOfferedAsTheirCompoundWhenTheReleasesUseIt(String question, String search) {
    assertThat(AdjectiveCompounds.joined(question, word -> !STOPWORDS.contains(word.toLowerCase()),
        word -> KNOWN.contains(word.toLowerCase()))).isEqualTo(search);
  }
}
