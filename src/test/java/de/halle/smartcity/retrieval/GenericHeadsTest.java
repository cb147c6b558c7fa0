package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The generic last parts of compounds, read from a data file and stemmed like every term. */
class GenericHeadsTest {

  private final Analyzer stemmer = GermanAnalysis.stemmer(LanguageResources.germanStopwords());

  @Test
  void theBundledWordsAreKnownByTheirStems() {
    GenericHeads heads = GenericHeads.bundled(stemmer);

    assertThat(GermanAnalysis.terms(stemmer, "Adressen")).allMatch(heads::contains);
    assertThat(GermanAnalysis.terms(stemmer, "Räume")).allMatch(heads::contains);
    assertThat(GermanAnalysis.terms(stemmer, "Straße")).noneMatch(heads::contains);
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    GenericHeads heads = GenericHeads.parse("heads.txt", List.of("# raum", "", "platz"), stemmer);

    assertThat(heads.contains(GermanAnalysis.terms(stemmer, "Platz").get(0))).isTrue();
    assertThat(heads.contains(GermanAnalysis.terms(stemmer, "Raum").get(0))).isFalse();
  }

  @Test
  void anEntryThatIsNotOneLowerCaseWordIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> GenericHeads.parse("heads.txt", List.of("raum", "# two", "e-mail adresse"), stemmer))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heads.txt:3")
        .hasMessageContaining("e-mail adresse");
  }
}
