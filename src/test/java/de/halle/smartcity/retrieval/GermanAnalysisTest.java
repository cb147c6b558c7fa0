package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GermanAnalysisTest {

  private static final String RELEASE =
      "Der Stadt Halle (Saale) entstehen für Reise und Teilnahme der Konferenz keine Kosten. "
          + "Im Jahr 2020 folgte ein Austausch. Die Abschlusskonferenz findet in New York statt.";

  private final GermanAnalysis analysis =
      new GermanAnalysis(LanguageResources.load(null), GermanAnalysis.surfaceWords(RELEASE));

  /** The question's terms without thesaurus synonyms. */
  private List<String> terms(String question) {
    return analysis.queryTerms(question).stream().filter(t -> t.origin() != QueryTerm.Origin.RELATED)
        .map(QueryTerm::term).toList();
  }

  @Test
  void compoundInQuestionIsSplitIntoThePartsTheReleaseUses() {
    List<String> release = analysis.indexTerms("Teilnahme der Konferenz");

    assertThat(terms("Konferenzteilnahme")).containsAll(release);
  }

  @Test
  void compoundInReleaseIsFoundByItsPart() {
    assertThat(analysis.indexTerms("Abschlusskonferenz")).containsAll(terms("Konferenz"));
  }

  @Test
  void compoundOfGeneralPartsInReleaseIsFoundByTheQuestionsWords() {
    assertThat(analysis.indexTerms("Online-Terminbuchung")).containsAll(terms("online Termin buchen"));
  }

  @Test
  void aCompoundOfListedPartsIsFoundByItsHead() {
    GermanAnalysis none = new GermanAnalysis(LanguageResources.load(null), List.of());

    assertThat(none.indexTerms("Regionalbuslinien")).containsAll(none.indexTerms("Buslinien"));
  }

  @Test
  void aCompoundOfAGeneralPartBeforeAReleaseWordIsFoundByThatWord() {
    GermanAnalysis release = new GermanAnalysis(LanguageResources.load(null),
        GermanAnalysis.surfaceWords("Im Park entsteht ein Messfeld."));

    assertThat(release.indexTerms("Sensormessfeld")).containsAll(release.indexTerms("Messfeld"));
  }

  @Test
  void aCompoundEndingInAListedShortHeadIsFoundByThatHeadAndOnlyThere() {
    GermanAnalysis none = new GermanAnalysis(LanguageResources.load(null), List.of());

    assertThat(none.indexTerms("Leihrad")).containsAll(none.indexTerms("Rad"));
    assertThat(none.indexTerms("Leihrades")).containsAll(none.indexTerms("Rad"));
    assertThat(none.indexTerms("Kamerad")).hasSize(1);
    assertThat(none.indexTerms("Radweg")).hasSize(1);
  }

  @Test
  void compoundOfAPluralsSingularAndAVerbsNounIsFoundByTheReleasesWords() {
    GermanAnalysis sensors = new GermanAnalysis(LanguageResources.load(null),
        GermanAnalysis.surfaceWords("Sensoren in den Bahnen zählen die Fahrgäste."));

    assertThat(sensors.queryTerms("Fahrgastzählung").stream().map(QueryTerm::term))
        .containsAll(sensors.indexTerms("Fahrgäste zählen"));
  }

  @Test
  void aReindexedFilesWordsGiveTheirFormsInCompoundsToo() {
    GermanAnalysis reindexed = new GermanAnalysis(LanguageResources.load(null), List.of())
        .withWords(GermanAnalysis.surfaceWords("Sensoren in den Bahnen zählen die Fahrgäste."));

    assertThat(reindexed.queryTerms("Fahrgastzählung").stream().map(QueryTerm::term))
        .containsAll(reindexed.indexTerms("Fahrgäste zählen"));
  }

  @Test
  void wordInsideAnotherWordIsNotSplitOff() {
    GermanAnalysis withOsten = analysis.withWords(List.of("osten"));

    assertThat(withOsten.indexTerms("Kosten")).hasSize(1);
  }

  @Test
  void umlautsAndSharpSAreFoldedAndInflectionsStemmed() {
    assertThat(analysis.indexTerms("Straße Strasse")).hasSize(2).containsOnly(analysis.indexTerms("Strasse").get(0));
    assertThat(analysis.indexTerms("Konferenzen")).isEqualTo(analysis.indexTerms("Konferenz"));
  }

  @Test
  void yearsStayTokensAndQuestionWordsAreDropped() {
    assertThat(terms("Was geschah im Jahr 2020?")).contains("2020").doesNotContain("was");
  }

  @Test
  void synonymsFromTheStaffFileExpandQuestionsOnly(@TempDir Path dir) throws Exception {
    Path synonyms = dir.resolve("synonyms.txt");
    Files.writeString(synonyms, "# Geld\nkosten, gekostet, teuer\n");
    GermanAnalysis withSynonyms = new GermanAnalysis(LanguageResources.load(synonyms), List.of());

    List<QueryTerm> question = withSynonyms.queryTerms("Wie teuer war es?");

    assertThat(question).extracting(QueryTerm::term).containsAll(withSynonyms.indexTerms("Kosten"));
    assertThat(question).filteredOn(t -> t.origin() == QueryTerm.Origin.WORD).extracting(QueryTerm::term)
        .containsExactlyElementsOf(withSynonyms.indexTerms("teuer"));
    assertThat(withSynonyms.indexTerms("teuer")).hasSize(1);
  }

  @Test
  void aRewriteOfAPhraseStandsForEachOfItsWordsWhoseOwnTermsWeighOnlyAsItsSynonyms(@TempDir Path dir)
      throws Exception {
    Path synonyms = dir.resolve("synonyms.txt");
    Files.writeString(synonyms, "boot mieten => verleih\nwie lange => dauer\n");
    GermanAnalysis withSynonyms = new GermanAnalysis(LanguageResources.load(synonyms), List.of());
    String verleih = withSynonyms.indexTerms("Verleih").get(0);
    String boot = withSynonyms.indexTerms("Boot").get(0);

    List<QueryTerm> phrase = withSynonyms.queryTerms("Kann man ein Boot mieten?");

    assertThat(phrase).filteredOn(t -> t.origin() == QueryTerm.Origin.WORD)
        .extracting(QueryTerm::term, QueryTerm::word).containsExactly(tuple(verleih, 3), tuple(verleih, 4));
    assertThat(phrase).filteredOn(t -> t.origin() == QueryTerm.Origin.SYNONYM).extracting(QueryTerm::term)
        .containsExactly(boot, withSynonyms.indexTerms("mieten").get(0));
    Map<String, Double> weights = new HybridRetriever(null, RetrievalSettings.defaults(), null).weights(phrase);
    assertThat(weights.get(verleih)).isGreaterThan(weights.get(boot));
    assertThat(withSynonyms.queryTerms("Wie lange dauert es?"))
        .filteredOn(t -> t.term().equals(withSynonyms.indexTerms("Dauer").get(0)))
        .extracting(QueryTerm::word, QueryTerm::origin).containsExactly(tuple(0, QueryTerm.Origin.SYNONYM));
  }

  @Test
  void partsOfACompoundBelongToTheirQuestionWord() {
    List<QueryTerm> question = analysis.queryTerms("Konferenzteilnahme 2020");

    assertThat(question).filteredOn(t -> t.origin() == QueryTerm.Origin.PART).extracting(QueryTerm::word)
        .containsOnly(0);
    assertThat(question).filteredOn(QueryTerm::numeric).extracting(QueryTerm::word).containsExactly(1);
  }

  @Test
  void synonymsOfACompoundPartFollowThePartTheyStandFor(@TempDir Path dir) throws Exception {
    Path synonyms = dir.resolve("synonyms.txt");
    Files.writeString(synonyms, "vertrag, vereinbarung\n");
    GermanAnalysis withSynonyms = new GermanAnalysis(LanguageResources.load(synonyms), List.of("partnerschaft", "vertrag"));

    List<QueryTerm> question = withSynonyms.queryTerms("Wer hat den Partnerschaftsvertrag unterschrieben?");

    assertThat(question).extracting(QueryTerm::origin).containsSubsequence(
        QueryTerm.Origin.WORD, QueryTerm.Origin.PART, QueryTerm.Origin.PART, QueryTerm.Origin.PART_SYNONYM);
    assertThat(question).filteredOn(t -> t.origin() == QueryTerm.Origin.PART_SYNONYM)
        .extracting(QueryTerm::term, QueryTerm::word)
        .containsExactly(tuple(withSynonyms.indexTerms("Vereinbarung").get(0), 3));
    assertThat(question).filteredOn(t -> t.origin() == QueryTerm.Origin.SYNONYM).isEmpty();
  }

  @Test
  void questionWordIsWidenedByItsThesaurusSynonymsAsRelatedTermsOfThatWord() {
    List<QueryTerm> question = analysis.queryTerms("Wie hoch ist das Einkommen?");

    assertThat(question).filteredOn(t -> t.origin() == QueryTerm.Origin.RELATED)
        .extracting(QueryTerm::term, QueryTerm::word, QueryTerm::capitalized)
        .contains(tuple(analysis.indexTerms("Einnahmen").get(0), 4, true))
        .doesNotContain(tuple(analysis.indexTerms("Einkommen").get(0), 4, true));
    assertThat(analysis.queryTerms("Wie hoch war das Einkommen 2020?")).extracting(QueryTerm::term)
        .containsOnlyOnce("2020");
  }

  @Test
  void alternativesJoinedByABarAreOneQuestionWordWithTheLaterOnesAsSynonymsWithoutTheirParts() {
    List<QueryTerm> question = analysis.queryTerms("Reise|Fahrt New York Kosten|Konferenzteilnahme");

    assertThat(question).filteredOn(t -> t.origin() != QueryTerm.Origin.RELATED)
        .extracting(QueryTerm::term, QueryTerm::word, QueryTerm::origin)
        .contains(
            tuple(analysis.indexTerms("Reise").get(0), 0, QueryTerm.Origin.WORD),
            tuple(analysis.indexTerms("Fahrt").get(0), 0, QueryTerm.Origin.SYNONYM),
            tuple(analysis.indexTerms("York").get(0), 3, QueryTerm.Origin.WORD),
            tuple(analysis.indexTerms("Kosten").get(0), 4, QueryTerm.Origin.WORD),
            tuple(analysis.indexTerms("Konferenzteilnahme").get(0), 4, QueryTerm.Origin.SYNONYM))
        .doesNotContain(tuple(analysis.indexTerms("Teilnahme").get(0), 4, QueryTerm.Origin.PART));
    assertThat(question).extracting(QueryTerm::word).containsOnly(0, 2, 3, 4);
  }

  @Test
  void wordsSeparatedByASpaceOrOtherPunctuationStaySeparateQuestionWords() {
    assertThat(analysis.queryTerms("Reise Fahrt, Kosten/Preis"))
        .filteredOn(t -> t.origin() == QueryTerm.Origin.WORD).extracting(QueryTerm::word).containsExactly(0, 1, 2, 3);
  }

  @Test
  void theLastPartOfACompoundOrJoinedNameStandsAsAWordOfItsOwnAndTheFirstPartsDoNot() {
    String text = "Der Bahnhof liegt an der Straße. Die Haltestelle ist in der Bahnhofstraße.";
    GermanAnalysis corpus = new GermanAnalysis(LanguageResources.load(null), GermanAnalysis.surfaceWords(text));
    long street = TermSet.hash(corpus.indexTerms("Straße").get(0));
    long station = TermSet.hash(corpus.indexTerms("Bahnhof").get(0));

    TermSet compound = corpus.indexTermSet("Die Haltestelle ist in der Bahnhofstraße.");
    TermSet joined = corpus.indexTermSet("Der Bus hält in der August-Bebel-Straße.");

    assertThat(compound.containsWholeHash(street)).isTrue();
    assertThat(compound.containsHash(station)).isTrue();
    assertThat(compound.containsWholeHash(station)).isFalse();
    assertThat(joined.containsWholeHash(street)).isTrue();
    assertThat(joined.containsWholeHash(TermSet.hash(corpus.indexTerms("August").get(0)))).isFalse();
  }

  @Test
  void theLastPartOfAJoinedNameStandsAsAWordOfItsOwnAlsoWhenItIsACompound() {
    String text = "Die Bildung findet im Zentrum statt, im Bildungszentrum.";
    GermanAnalysis corpus = new GermanAnalysis(LanguageResources.load(null), GermanAnalysis.surfaceWords(text));

    TermSet joined = corpus.indexTermSet("Der Kurs ist im Smart-City-Bildungszentrum.");

    assertThat(corpus.indexTerms("Bildungszentrum")).hasSize(3);
    assertThat(List.of("Bildungszentrum", "Zentrum"))
        .allMatch(w -> joined.containsWholeHash(TermSet.hash(corpus.indexTerms(w).get(0))));
  }

  @Test
  void aGenericLastPartStandsOnlyWhole() {
    String text = "Die Medien sind im Raum. Zum Zentrum gehört ein Medienraum.";
    GermanAnalysis corpus = new GermanAnalysis(LanguageResources.load(null), GermanAnalysis.surfaceWords(text));
    long room = TermSet.hash(corpus.indexTerms("Raum").get(0));

    TermSet compound = corpus.indexTermSet("Zum Zentrum gehört ein Medienraum.");

    assertThat(compound.containsHash(room)).isTrue();
    assertThat(compound.containsWholeHash(room)).isFalse();
    assertThat(corpus.indexTermSet("Der Kurs ist im Raum 204.").containsWholeHash(room)).isTrue();
  }

  @Test
  void aTextsTermSetHoldsFirstPartsAndGenericLastPartsButNotAsWordsOfTheirOwn() {
    GermanAnalysis none = new GermanAnalysis(LanguageResources.load(null), List.of());
    TermSet compounds = none.indexTermSet("Rechner mit MAC-Adressen stehen an der Straßenbahn.");
    TermSet whole = none.indexTermSet("Die Straßenbahn hält an der Straße vor der Adresse.");
    List<String> parts = List.of(none.indexTerms("Adresse").get(0), none.indexTerms("Straße").get(0));

    assertThat(parts).allMatch(compounds::contains);
    assertThat(parts).noneMatch(t -> compounds.containsWholeHash(TermSet.hash(t)));
    assertThat(parts).allMatch(t -> whole.containsWholeHash(TermSet.hash(t)));
    assertThat(compounds.containsWholeHash(TermSet.hash(none.indexTerms("Straßenbahn").get(0)))).isTrue();
  }

  @Test
  void aPluralInSAfterAVowelOrPMeetsTheSingularTheTextsUse() {
    GermanAnalysis corpus = new GermanAnalysis(LanguageResources.load(null),
        GermanAnalysis.surfaceWords("Die App zeigt, wo das Auto steht; eine Info gibt es im Rathaus."));

    assertThat(corpus.indexTerms("Apps, Autos und Infos")).isEqualTo(corpus.indexTerms("App, Auto und Info"));
    assertThat(corpus.queryTerms("Welche Apps gibt es?").stream().map(QueryTerm::term))
        .containsExactlyElementsOf(corpus.queryTerms("Welche App gibt es?").stream().map(QueryTerm::term).toList());
  }

  @Test
  void aWordEndingInVowelAndSKeepsItWhenTheTextsHaveNoSuchSingular() {
    GermanAnalysis corpus = new GermanAnalysis(LanguageResources.load(null),
        GermanAnalysis.surfaceWords("Der Kurs ist kostenlos, ein Hinweis zum Status folgt; die Kosten trägt die Stadt."));

    assertThat(corpus.indexTerms("kostenlos Status Hinweis Kurs"))
        .containsExactly("kostenlos", "status", "hinweis", "kurs");
  }

  @Test
  void internetIsOnePartOfItsCompoundsAndNotTheStemOfIntern() {
    GermanAnalysis none = new GermanAnalysis(LanguageResources.load(null), List.of());
    String internet = none.indexTerms("Internet").get(0);

    assertThat(none.indexTerms("Internetseite")).contains(internet).containsAll(none.indexTerms("Seite"));
    assertThat(internet).isNotEqualTo(none.indexTerms("intern").get(0));
  }
}
