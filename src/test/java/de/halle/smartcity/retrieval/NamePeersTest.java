package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which names a release joins as peers. */
class NamePeersTest {

  private final GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null), List.of());

  @ParameterizedTest(name = "\"{0}\": {1} and {2} peers: {3}")
  @CsvSource(delimiter = '|', value = {
      "Dorfen, Efeld und Fehausen sind keine Partnerstädte. | Dorfen | Fehausen | true",
      "Die Städtepartnerschaft zwischen Musterstadt (Saale) und Hadorf besteht. | Musterstadt | Hadorf | true",
      "Seit 1997 ist Ceheim mit Musterstadt verpartnert. | Ceheim | Musterstadt | true",
      "Musterstadt reist zur Konferenz nach Aheim. | Musterstadt | Aheim | false",
      "Musterstadt hat drei Partnerstädte und Aheim liegt am Meer. | Musterstadt | Aheim | false"})
  void namesJoinedByAJoiningWordWithOnlyCapitalisedWordsBetweenArePeers(String text, String name, String other,
      boolean peers) {
    Set<String> nameable = Set.of(term(name), term(other), term("Saale"));

    NamePeers found = NamePeers.of(List.of(GermanAnalysis.surfaceTokens(text)), analysis, nameable);

    assertThat(found.peers(TermSet.hash(term(name)), TermSet.hash(term(other)))).isEqualTo(peers);
  }

  private String term(String word) {
    return analysis.indexTerms(word).get(0);
  }
}
