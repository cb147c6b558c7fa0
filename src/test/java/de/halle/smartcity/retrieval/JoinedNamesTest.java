package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names joined by underscores, hyphens or "@" are found by their parts as well as whole. */
class JoinedNamesTest {

  private static final String RELEASE = "Der Grundtarif von rollmix_rad beträgt 1 Euro. Die rollmix_app kennt das "
      + "E-Lastenrad. Das berichtete der H@llBote am 6. Juni 2023 auf musterstadt.de; 7.800 Fahrten.";

  private final GermanAnalysis analysis =
      new GermanAnalysis(LanguageResources.load(null), GermanAnalysis.surfaceWords(RELEASE));

  /** The question's own terms (its words and their parts, no synonyms). */
  private List<String> asked(String question) {
    return analysis.queryTerms(question).stream()
        .filter(t -> t.origin() == QueryTerm.Origin.WORD || t.origin() == QueryTerm.Origin.PART)
        .map(QueryTerm::term).toList();
  }

  @ParameterizedTest(name = "\"{0}\" finds the release")
  @CsvSource(delimiter = '|', value = {
      "rollmix", "Rad von rollmix", "rollmix_rad", "rollmix app", "rollmix_app", "Grundtarif rollmix_rad",
      "E-Lastenrad", "H@llBote", "musterstadt.de", "7.800 Fahrten"})
  void everyWordOfTheQuestionIsAnIndexedTermOfTheRelease(String question) {
    assertThat(analysis.indexTerms(RELEASE)).containsAll(asked(question));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "rollmix_rad | rollmix_rad rollmix rad",
      "_rollmix | _rollmix rollmix",
      "musterstadt.de | musterstadt.d",
      "7.800 | 7.800",
      "C1.220 | c1.220"})
  void anUnderscoreJoinedNameIsIndexedWholeAndByItsPartsWhileDotsStayInside(String text, String terms) {
    assertThat(analysis.indexTerms(text)).containsExactly(terms.split(" "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "MUS-City | mus_city mus city",
      "Muster-Projekt | muster_projekt must projekt",
      "E-Lastenrad | e_lastenrad e lastenrad",
      "3-Zimmer | 3 zimm",
      "Mai - Juni | mai juni"})
  void aHyphenBetweenLettersJoinsANameThatIsIndexedWholeAndByItsParts(String text, String terms) {
    assertThat(analysis.indexTerms(text)).containsExactly(terms.split(" "));
  }

  @Test
  void theWholeOfAHyphenatedQuestionNameIsATermOfItsFirstWordAfterItsOwnTerms() {
    List<QueryTerm> terms = analysis.queryTerms("Was ist MUS-City?");

    assertThat(terms).filteredOn(t -> t.term().equals("mus_city"))
        .singleElement().satisfies(t -> {
          assertThat(t.origin()).isEqualTo(QueryTerm.Origin.WORD);
          assertThat(t.word()).isEqualTo(2);
          assertThat(t.capitalized()).isTrue();
        });
    assertThat(terms).extracting(QueryTerm::term).containsSubsequence("mus", "city", "mus_city");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"rollmix_rad", "Kosten_Übersicht"})
  void thePartsOfAnUnderscoreJoinedQuestionWordArePartsOfThatOneWord(String word) {
    List<QueryTerm> terms = analysis.queryTerms(word);

    assertThat(terms).filteredOn(t -> t.origin() == QueryTerm.Origin.WORD).hasSize(1);
    assertThat(terms).filteredOn(t -> t.origin() == QueryTerm.Origin.PART).hasSize(2);
    assertThat(terms).extracting(QueryTerm::word).containsOnly(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "die App „Unser Muster“ | app unser_must must",
      "„Unser Muster Plus“ | unser_muster_plus must plus",
      "„Muster Plus“ | must plus",
      "„Unser“ Muster | must"})
  void aQuotedNameOpeningWithAStopWordIsIndexedWholeAndByItsParts(String text, String terms) {
    assertThat(analysis.indexTerms(text)).containsExactly(terms.split(" "));
  }

  @Test
  void aHyphenatedQuestionNameOpeningWithAStopWordIsAskedWholeAndWithoutItsLastWord() {
    List<QueryTerm> terms = analysis.queryTerms("Was ist die Unser-Muster-App?");

    assertThat(terms).filteredOn(t -> t.word() == 3).extracting(QueryTerm::term)
        .containsExactly("unser_muster_app", "unser_must");
    assertThat(terms).filteredOn(t -> t.word() == 3).allSatisfy(t -> {
      assertThat(t.origin()).isEqualTo(QueryTerm.Origin.WORD);
      assertThat(t.capitalized()).isTrue();
    });
  }

  @Test
  void aQuotedQuestionNameAddsNoWhole() {
    assertThat(analysis.queryTerms("Was zeigt „Unser Muster Plus“?")).noneMatch(t -> JoinedNames.isWhole(t.term()));
  }

  @Test
  void aCapitalisedStopWordBeforeCapitalisedWordsInsideTheQuestionAddsTheNameTheyMayFormAsParts() {
    List<QueryTerm> terms = analysis.queryTerms("Was kann die Unser Muster App?");

    assertThat(terms).filteredOn(t -> t.word() == 3).extracting(QueryTerm::term)
        .containsExactly("unser_must", "unser_muster_app");
    assertThat(terms).filteredOn(t -> t.word() == 3)
        .allSatisfy(t -> assertThat(t.origin()).isEqualTo(QueryTerm.Origin.PART))
        .noneMatch(QueryTerm::capitalized);
  }

  @Test
  void aStopWordOpeningTheQuestionOrInLowerCaseFormsNoName() {
    assertThat(analysis.queryTerms("Unser Muster App?")).noneMatch(t -> JoinedNames.isWhole(t.term()));
    assertThat(analysis.queryTerms("Was kann unser Muster?")).noneMatch(t -> JoinedNames.isWhole(t.term()));
  }
}
