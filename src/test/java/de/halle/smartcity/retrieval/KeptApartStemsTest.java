package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word forms kept apart from the stem the light stemmer would give them. */
class KeptApartStemsTest {

  private final GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of("platz"));

  private String term(String word) {
    List<String> terms = analysis.indexTerms(word);
    return terms.get(0);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"parken, geparkt", "parken, parkt", "Parken, parkte", "Park, Parks", "Park, park", "Runde, Runden",
      "investieren, Investitionen", "investieren, investiert"})
  void formsOfOneWordShareTheirStem(String word, String form) {
    assertThat(term(form)).isEqualTo(term(word));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({"parken, Park", "geparkt, Parks"})
  void aKeptApartVerbNoLongerSharesTheStemOfTheNounItsFormsResemble(String verb, String noun) {
    assertThat(term(verb)).isNotEqualTo(term(noun));
  }

  @ParameterizedTest(name = "{0} != rund")
  @CsvSource({"Runde", "Runden", "runder"})
  void aRoundIsNotTheAboutBeforeANumber(String form) {
    assertThat(term(form)).isNotEqualTo(term("rund"));
  }

  @ParameterizedTest(name = "{0} != seit")
  @CsvSource({"Seite", "Seiten"})
  void aPageIsNotThePrepositionOfSinceWhen(String form) {
    assertThat(term(form)).isNotEqualTo(term("seit"));
  }

  @Test
  void aWebPageCompoundHoldsThePageNotThePrepositionOfSinceWhen() {
    GermanAnalysis corpus = new GermanAnalysis(LanguageResources.load(null), List.of("seit", "projekt"));

    assertThat(corpus.indexTerms("Projektseite")).contains(term("Seite")).doesNotContain(term("seit"));
  }

  @Test
  void aCompoundKeepsTheStemsOfItsParts() {
    assertThat(analysis.indexTerms("Parkplatz")).contains(term("Park"), term("Platz"));
  }

  @Test
  void formsWrittenWithUmlautsMatchTheFoldedSpellingToo() {
    KeptApartStems stems = KeptApartStems.parse("test.tsv", List.of("# comment", "", "grunden\tgründen gegründet"));

    assertThat(GermanAnalysis.terms(folded(stems), "gegründet gegruendet gegrundet"))
        .containsExactly("grunden", "grunden", "grunden");
  }

  @Test
  void aLineWithoutAStemAndFormsNamesFileAndLine() {
    assertThatThrownBy(() -> KeptApartStems.parse("kept.tsv", List.of("# comment", "parken parkt")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kept.tsv:2")
        .hasMessageContaining("'parken parkt'");
  }

  @Test
  void aFormThatIsNotALowerCaseWordNamesFileLineAndForm() {
    assertThatThrownBy(() -> KeptApartStems.parse("kept.tsv", List.of("parken\tparkt Park")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kept.tsv:1").hasMessageContaining("'Park'");
  }

  @Test
  void aFormListedTwiceNamesTheLineOfItsSecondListing() {
    assertThatThrownBy(() -> KeptApartStems.parse("kept.tsv", List.of("parken\tparkt", "", "parkt\tparkt")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kept.tsv:3")
        .hasMessageContaining("'parkt' is listed twice");
  }

  @Test
  void theBundledFileLoads() {
    assertThat(KeptApartStems.bundled()).isNotNull();
  }

  /** Lower case, folding and the kept-apart forms, as the analysis applies them before stemming. */
  private static org.apache.lucene.analysis.Analyzer folded(KeptApartStems stems) {
    return new org.apache.lucene.analysis.Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new org.apache.lucene.analysis.standard.StandardTokenizer();
        return new TokenStreamComponents(tokenizer, stems.apply(new org.apache.lucene.analysis.miscellaneous
            .ASCIIFoldingFilter(new org.apache.lucene.analysis.de.GermanNormalizationFilter(
                new org.apache.lucene.analysis.LowerCaseFilter(tokenizer)))));
      }
    };
  }
}
