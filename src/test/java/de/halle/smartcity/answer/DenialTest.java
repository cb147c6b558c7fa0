package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.LanguageResources;
import java.util.List;
import org.junit.jupiter.api.Test;

class DenialTest {

  private final GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());
  private final Denial denial = Denial.load();

  @Test
  void sentenceDenyingTheQuestionsNounAnswersIt() {
    List<String> nouns = denial.nounsOf("Seit wann ist Dorfen Partnerstadt?", analysis);

    assertThat(denial.denies("Dorfen und Efeld sind keine Partnerstädte von Musterstadt.", nouns, analysis)).isTrue();
  }

  @Test
  void sentenceStatingTheNounOrDenyingAnotherOneDoesNotDenyIt() {
    List<String> nouns = denial.nounsOf("Seit wann ist Dorfen Partnerstadt?", analysis);

    assertThat(denial.denies("Dorfen ist seit 2003 Partnerstadt von Gestadt.", nouns, analysis)).isFalse();
    assertThat(denial.denies("Für Dorfen gibt es keine Fördermittel.", nouns, analysis)).isFalse();
  }

  @Test
  void questionWithoutNounsIsDeniedByNothing() {
    List<String> nouns = denial.nounsOf("wann ist das?", analysis);

    assertThat(nouns).isEmpty();
    assertThat(denial.denies("Das ist keine Frage.", nouns, analysis)).isFalse();
  }
}
