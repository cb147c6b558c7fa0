package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedWordsTest {

  @Test
  void aWordIsAnalysedOnceAndItsTermsAreGivenAgainUnchanged() {
    RememberedWords words = new RememberedWords();
    List<String> analysed = new ArrayList<>();

    List<String> first = words.indexTerms("Aheim", word -> {
      analysed.add(word);
      return new ArrayList<>(List.of("aheim"));
    });
    List<String> again = words.indexTerms("Aheim", word -> {
      analysed.add(word);
      return List.of("other");
    });

    assertThat(analysed).containsExactly("Aheim");
    assertThat(again).isEqualTo(first).containsExactly("aheim");
  }

  @Test
  void indexAndQuestionTermsOfTheSameWordAreRememberedApart() {
    RememberedWords words = new RememberedWords();
    QueryTerm asked = new QueryTerm("musterstadt", 0, QueryTerm.Origin.WORD, true);

    words.indexTerms("Musterstadt", word -> List.of("musterstadt"));

    assertThat(words.queryTerms("Musterstadt", word -> List.of(asked))).containsExactly(asked);
  }
}
