package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"rollmix_rad", "Kosten_Übersicht"})
  void thePartsOfAnUnderscoreJoinedQuestionWordArePartsOfThatOneWord(String word) {
    List<QueryTerm> terms = analysis.queryTerms(word);

    assertThat(terms).filteredOn(t -> t.origin() == QueryTerm.Origin.WORD).hasSize(1);
    assertThat(terms).filteredOn(t -> t.origin() == QueryTerm.Origin.PART).hasSize(2);
    assertThat(terms).extracting(QueryTerm::word).containsOnly(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Der Radweg_Stadtpark und die rollmix_app im Stadt Park, dann _rollmix, rollmix_, a__b und ___ am Ende_",
      "rollmix_rad radweg rollmix_rad_app App Stadt Park 2023_04 x_1 __",
      "Stadt Park rollmix_radweg Stadt Park app_rad_weg Radwegbau_Stadt",
      "ohne Unterstrich nur Radweg Stadtpark und App"})
  void splittingOnlyUnderscoredTokensGivesTheSameStreamAsSplittingEveryToken(String text) throws IOException {
    assertThat(tokens(JoinedNames::split, text)).isNotEmpty().isEqualTo(tokens(JoinedNames::splitEvery, text));
  }

  @Test
  void aTokenWithoutUnderscoreIsPassedOnUnchanged() throws IOException {
    assertThat(tokens(JoinedNames::split, "Radweg"))
        .containsExactly("radweg +1 len1 0-6 <ALPHANUM> false", "rad +0 len1 0-6 <ALPHANUM> false",
            "weg +0 len1 0-6 <ALPHANUM> false", "end +0 6");
  }

  /** The tokens after graph synonyms and compound parts (tokens at the same position), then the splitter. */
  private static List<String> tokens(UnaryOperator<TokenStream> splitter, String text) throws IOException {
    SynonymMap.Builder synonyms = new SynonymMap.Builder(true);
    synonyms.add(SynonymMap.Builder.join(new String[] {"stadt", "park"}, new CharsRefBuilder()),
        new CharsRef("stadt_park"), true);
    synonyms.add(new CharsRef("app"), new CharsRef("mobile_anwendung_app"), true);
    SynonymMap map = synonyms.build();
    CharArraySet words = new CharArraySet(List.of("rad", "weg", "stadt", "park", "bau"), false);
    return TokenDump.of(tokenizer -> splitter.apply(new DictionaryCompoundWordTokenFilter(
        new SynonymGraphFilter(new LowerCaseFilter(tokenizer), map, true), words, 3, 3, 15, false)), text);
  }
}
