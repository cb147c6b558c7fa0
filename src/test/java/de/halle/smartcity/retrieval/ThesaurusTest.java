package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class ThesaurusTest {

  @Test
  void wordsOfOneSynsetAreRelatedToEachOtherButNotToThemselves() {
    Thesaurus thesaurus = Thesaurus.of(List.of("Eingang=eingang;Zugang=zugang;Einlass=einlass"), 3);

    assertThat(thesaurus.related("zugang")).containsExactly("eingang", "einlass");
    assertThat(thesaurus.related("ausgang")).isEmpty();
  }

  @Test
  void wordInSeveralSynsetsIsRelatedToTheWordsOfAllOfThem() {
    Thesaurus thesaurus = Thesaurus.of(List.of("Eingang=eingang;Zugang=zugang", "Zugriff=zugriff;Zugang=zugang"), 2);

    assertThat(thesaurus.related("zugang")).containsExactlyInAnyOrder("eingang", "zugriff");
    assertThat(thesaurus.related("eingang")).containsExactly("zugang");
  }

  @Test
  void wordInMoreSynsetsThanTheLimitHasTooManySensesToBeWidened() {
    Thesaurus thesaurus = Thesaurus.of(List.of("Bank=bank;Sitzbank=sitzbank", "Bank=bank;Geldinstitut=geldinstitut",
        "Bank=bank;Sandbank=sandbank"), 2);

    assertThat(thesaurus.related("bank")).isEmpty();
    assertThat(thesaurus.related("geldinstitut")).containsExactly("bank");
  }

  @Test
  void wordInMoreSynsetsThanTheLimitIsStillRelatedInAnySense() {
    Thesaurus thesaurus = Thesaurus.of(List.of("Bank=bank;Sitzbank=sitzbank", "Bank=bank;Geldinstitut=geldinstitut",
        "Bank=bank;Sandbank=sandbank"), 2);

    assertThat(thesaurus.relatedInAnySense("bank")).containsExactly("sitzbank", "geldinstitut", "sandbank");
    assertThat(thesaurus.relatedInAnySense("kasse")).isEmpty();
  }

  @Test
  void entryWithoutItsStemIsRejectedNamingTheEntryAndLine() {
    assertThatThrownBy(() -> Thesaurus.of(List.of("Eingang=eingang;Zugang"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Zugang'").hasMessageContaining("Eingang=eingang;Zugang");
  }

  @Test
  void subsetKeepsOneWordStandardEntriesWithTheirStemsAndDropsLabelledOnes() {
    try (Analyzer stemmer = GermanAnalysis.stemmer(LanguageResources.germanStopwords())) {
      assertThat(ThesaurusSubset.synset("Eingang;Zugang;Einlass (ugs.);Tür und Tor;(sich) Zutritt", stemmer))
          .isEqualTo("Eingang=eingang;Zugang=zugang;Zutritt=zutritt");
      assertThat(ThesaurusSubset.synset("Eingang;Einlass (ugs.)", stemmer)).isEmpty();
    }
  }

  @Test
  void bundledStemsAreTheStemsTheAnalysisMakesOfTheirWords() {
    List<String> mismatches = new ArrayList<>();
    try (Analyzer stemmer = GermanAnalysis.stemmer(LanguageResources.germanStopwords())) {
      for (String line : LanguageResources.classpathLines(LanguageResources.THESAURUS)) {
        for (String entry : line.split(";")) {
          String[] wordAndStem = entry.split("=", 2);
          if (!GermanAnalysis.terms(stemmer, wordAndStem[0]).equals(List.of(wordAndStem[1]))) {
            mismatches.add(entry);
          }
        }
      }
    }
    assertThat(mismatches).as("the analysis changed: regenerate the file with ThesaurusSubset").isEmpty();
  }
}
