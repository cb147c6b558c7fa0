package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordQueryTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Öffnungszeiten Gesundheitsamt", "Digitaltag 2023 Ort", "movemix Preis", "Halle",
      "Wann ist der Digitaltag", "Smart City Halle Leitung "})
  void aFewWordsWithoutSentencePunctuationAreKeywords(String message) {
    assertThat(KeywordQuery.is(message)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Öffnungszeiten Gesundheitsamt?", "Nennen Sie eine Partnerstadt.", "Danke!", "", "  ",
      "Ich möchte wissen wann der Digitaltag ist"})
  void aQuestionASentenceOrALongMessageIsNotKeywords(String message) {
    assertThat(KeywordQuery.is(message)).isFalse();
  }

  @Test
  void theWordsOfKeywordsAreGivenAsWrittenAndThoseOfASentenceNot() {
    assertThat(KeywordQuery.words("Digitaltag 2023 Ort")).containsExactly("Digitaltag", "2023", "Ort");
    assertThat(KeywordQuery.words("Wo fand der Digitaltag 2023 statt?")).isEmpty();
    assertThat(KeywordQuery.words("Ich möchte wissen wann der Digitaltag ist")).isEmpty();
    assertThat(KeywordQuery.is("Digitaltag 2023 Ort", List.of("Digitaltag", "2023", "Ort"))).isTrue();
  }

  @Test
  void theFirstWordOfKeywordsCountsAsANounWhenCapitalisedOrWhenNothingIsCapitalised() {
    assertThat(KeywordQuery.noun(List.of("Direktflug", "Gjumri"), 0, true)).isTrue();
    assertThat(KeywordQuery.noun(List.of("direktflug", "gjumri"), 0, true)).isTrue();
    assertThat(KeywordQuery.noun(List.of("digitaler", "Zwilling"), 0, true)).isFalse();
  }

  @Test
  void inASentenceOnlyACapitalisedWordAfterTheFirstCountsAsANoun() {
    List<String> sentence = List.of("Gibt", "es", "einen", "Direktflug");

    assertThat(KeywordQuery.noun(sentence, 0, false)).isFalse();
    assertThat(KeywordQuery.noun(sentence, 1, false)).isFalse();
    assertThat(KeywordQuery.noun(sentence, 3, false)).isTrue();
    assertThat(KeywordQuery.noun(sentence, 4, false)).isFalse();
  }
}
