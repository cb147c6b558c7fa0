package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionCoverageTest {

  /** Coverage does not look at embeddings: every text gets the same vector. */
  private static final EmbeddingModel SAME_VECTOR = new EmbeddingModel() {
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      float[] vector = new float[384];
      Arrays.fill(vector, 1f / (float) Math.sqrt(384));
      return Response.from(segments.stream().map(s -> Embedding.from(vector)).toList());
    }
  };

  @TempDir
  Path dir;

  private <T> T withView(String synonyms, String text, Function<IndexView, T> reading) throws Exception {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, synonyms);
    KnowledgeDocument document = new KnowledgeDocument("a.md", "Titel", LocalDate.of(2024, 1, 1),
        "https://example.org/a", List.of(), "", null, List.of(text), Integer.toHexString(text.hashCode()));
    try (KnowledgeIndex index = new KnowledgeIndex(LanguageResources.load(file),
        new PassageEmbedder(SAME_VECTOR, EmbeddingCache.open(null, "test", 384)), p -> List.of(p.split("(?<=\\.) ")))) {
      index.rebuild(new KnowledgeSnapshot(List.of(document), List.of(), Instant.now()));
      return index.read(reading);
    }
  }

  private static double weightShare(QuestionCoverage coverage, IndexView view, String sentence) {
    return coverage.words().missedNouns(Set.copyOf(view.analysis().indexTerms(sentence))::contains, -1).weightShare();
  }

  private static double coverage(IndexView view, String question, String sentence) {
    QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms(question), view);
    return coverage.of(Set.copyOf(view.analysis().indexTerms(sentence))::contains);
  }

  @Test
  void questionWordKnownOnlyThroughItsSynonymsCountsForTheSentenceThatHasOne() throws Exception {
    String text = "Das Amt zieht an einen neuen Standort. Das Amt zieht viele Besucher an. Das Amt ist digital.";
    double[] covered = withView("wohin => wohin, adresse, standort\n", text, view -> new double[] {
        coverage(view, "Wohin zieht das Amt?", "Das Amt zieht an einen neuen Standort."),
        coverage(view, "Wohin zieht das Amt?", "Das Amt zieht viele Besucher an.")});

    assertThat(covered[0]).isEqualTo(1.0);
    assertThat(covered[1]).isLessThan(0.9);
  }

  @Test
  void synonymsOfAQuestionWordCountOnlyAsWholeWordsOfTheSentenceNotAsCompoundParts() throws Exception {
    String text = "Das Amt hat einen Standort am Markt. Das Amt hat einen Parkplatz. Das Amt hat einen Platz am Markt.";
    double[] covered = withView("wo => wo, platz, standort\n", text, view -> {
      QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms("Wo ist das Amt?"), view);
      List<TermSet> sentences = view.document("a.md").sentenceTerms();
      return new double[] {coverage.ofHashes(sentences.get(0)), coverage.ofHashes(sentences.get(1)),
          coverage.ofHashes(sentences.get(2)), sentences.get(1).contains("platz") ? 1 : 0};
    });

    assertThat(covered[0]).isEqualTo(1.0);
    assertThat(covered[1]).isLessThan(0.9);
    assertThat(covered[2]).isEqualTo(1.0);
    assertThat(covered[3]).as("the compound holds the synonym as a part").isEqualTo(1.0);
  }

  @Test
  void aCompoundPartOfASynonymIsNoSynonymOfTheQuestionWord() throws Exception {
    String text = "Das Amt bekommt Fördermittel. Das Amt hat ein Mittel.";
    double[] covered = withView("förderung, fördermittel\n", text, view -> new double[] {
        coverage(view, "Förderung Amt", "Das Amt bekommt Fördermittel."),
        coverage(view, "Förderung Amt", "Das Amt hat ein Mittel."),
        view.analysis().indexTerms("Fördermittel").contains("mittel") ? 1 : 0});

    assertThat(covered[0]).isEqualTo(1.0);
    assertThat(covered[1]).isLessThan(0.9);
    assertThat(covered[2]).as("the synonym holds the word as a part").isEqualTo(1.0);
  }

  @Test
  void evidenceTestedByTextCoversAsByHashAndAQuestionWordsSynonymCountsAsAPartOnlyWhenTheTestSaysSo()
      throws Exception {
    String text = "Das Amt hat einen Standort am Markt. Das Amt hat einen Parkplatz. Das Amt hat einen Platz am Markt.";
    double[][] covered = withView("wo => wo, platz, standort\n", text, view -> {
      QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms("Wo ist das Amt?"), view);
      List<TermSet> sentences = view.document("a.md").sentenceTerms();
      double[][] ways = new double[3][sentences.size()];
      for (int s = 0; s < sentences.size(); s++) {
        TermSet terms = sentences.get(s);
        ways[0][s] = coverage.ofHashes(terms);
        ways[1][s] = coverage.of(terms::contains, term -> terms.containsWholeHash(TermSet.hash(term)));
        ways[2][s] = coverage.of(terms::contains);
      }
      return ways;
    });

    assertThat(covered[1]).containsExactly(covered[0]);
    assertThat(covered[1][1]).isLessThan(0.9);
    assertThat(covered[2][1]).as("without a test for whole words, a part counts").isEqualTo(1.0);
  }

  @Test
  void thesaurusSynonymCoversItsQuestionWordOnlyInPart() throws Exception {
    String text = "Das Einkommen ist hoch. Die Einnahmen sind hoch. Die Mieten sind hoch.";
    double[] covered = withView("", text, view -> new double[] {
        coverage(view, "Wie hoch ist das Einkommen?", "Das Einkommen ist hoch."),
        coverage(view, "Wie hoch ist das Einkommen?", "Die Einnahmen sind hoch."),
        coverage(view, "Wie hoch ist das Einkommen?", "Die Mieten sind hoch.")});

    assertThat(covered[0]).isEqualTo(1.0);
    assertThat(covered[1]).isLessThan(covered[0]).isGreaterThan(covered[2]);
  }

  @Test
  void compoundIsCoveredWhenTheTextSaysAPartInOtherWords() throws Exception {
    String text = "Die Vereinbarung über die Partnerschaft unterschrieb der Bürgermeister. Die Partnerschaft ist alt.";
    int[] missed = withView("vertrag, vereinbarung\n", text, view -> {
      QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms("Wer hat den Partnerschaftsvertrag "
          + "unterschrieben?"), view);
      return new int[] {
          coverage.words().missedNouns(Set.copyOf(view.analysis().indexTerms(
              "Die Vereinbarung über die Partnerschaft unterschrieb der Bürgermeister."))::contains, -1).missed(),
          coverage.words().missedNouns(
              Set.copyOf(view.analysis().indexTerms("Die Partnerschaft ist alt."))::contains, -1).missed()};
    });

    assertThat(missed).containsExactly(0, 1);
  }

  @Test
  void missingACommonNounMissesLittleOfTheNounsWeightMissingTheRareOneMuch() throws Exception {
    String text = "Die Arbeitszeit ist kurz. In Musterland gibt es Schulen. Musterland hat Flüsse. Musterland ist mild. "
        + "Musterland hat Häfen. Musterland liegt am Meer.";
    double[] missed = withView("", text, view -> {
      QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms(
          "Wie lang ist die Arbeitszeit in Musterland?"), view);
      return new double[] {
          weightShare(coverage, view, "Die Arbeitszeit ist kurz."),
          weightShare(coverage, view, "Musterland hat Flüsse."),
          weightShare(coverage, view, "Die Arbeitszeit in Musterland ist kurz.")};
    });

    assertThat(missed[0]).isGreaterThan(0).isLessThan(0.35);
    assertThat(missed[1]).isGreaterThan(0.5).isLessThan(1);
    assertThat(missed[2]).isZero();
  }

  @Test
  void rarestCoveredIsTheRarestQuestionWordTheEvidenceNamesApartFromTheExemptOne() throws Exception {
    String text = "Dorfen ist keine Partnerstadt von Musterland. Musterland hat Flüsse. Musterland ist mild. "
        + "Musterland hat Häfen.";
    List<Set<String>> rarest = withView("", text, view -> {
      List<QueryTerm> terms = view.analysis().queryTerms("Ist Dorfen eine Partnerstadt von Musterland?");
      QuestionCoverage coverage = QuestionCoverage.of(terms, view);
      Set<String> anchor = Set.copyOf(view.analysis().indexTerms("Dorfen ist keine Partnerstadt von Musterland."));
      Set<String> common = Set.copyOf(view.analysis().indexTerms("Musterland hat Flüsse."));
      int dorfen = terms.stream().filter(t -> t.term().startsWith("dorf")).findFirst().orElseThrow().word();
      CoveredWords words = coverage.words();
      return List.of(words.rarestCovered(anchor::contains, -1), words.rarestCovered(common::contains, -1),
          words.rarestCovered(anchor::contains, dorfen), words.rarestCovered(Set.<String>of()::contains, -1));
    });

    assertThat(rarest.get(0)).anyMatch(term -> term.startsWith("dorf"));
    assertThat(rarest.get(1)).anyMatch(term -> term.startsWith("musterland"));
    assertThat(rarest.get(2)).noneMatch(term -> term.startsWith("dorf"));
    assertThat(rarest.get(3)).isEmpty();
  }

  @Test
  void wordLeftOutNoLongerCountsAgainstTheEvidence() throws Exception {
    String text = "Die Konferenz war am 21. und 22. April. Der Tag der Städte ist im April.";
    double[] covered = withView("", text, view -> {
      List<QueryTerm> terms = view.analysis().queryTerms("An welchen Tagen war die Konferenz?");
      QuestionCoverage coverage = QuestionCoverage.of(terms, view);
      Set<String> answer = Set.copyOf(view.analysis().indexTerms("Die Konferenz war am 21. und 22. April."));
      return new double[] {coverage.of(answer::contains), coverage.without(2).of(answer::contains),
          coverage.without(7).of(answer::contains)};
    });

    assertThat(covered[0]).isLessThan(1.0);
    assertThat(covered[1]).isEqualTo(1.0);
    assertThat(covered[2]).isEqualTo(covered[0]);
  }

  @Test
  void wordNamingOnlyTheKindOfAnswerNoLongerCountsForEvidenceGivingThatKind() throws Exception {
    String text = "Die Partnerschaft mit Ceheim besteht seit 1997. Der Termin im Mai ist fest.";
    double[] covered = withView("wann => wann, datum, termin, mai\n", text, view -> {
      QuestionCoverage coverage =
          QuestionCoverage.of(view.analysis().queryTerms("Seit wann besteht die Partnerschaft mit Ceheim?"), view);
      Set<String> answer = Set.copyOf(view.analysis().indexTerms("Die Partnerschaft mit Ceheim besteht seit 1997."));
      Set<String> other = Set.copyOf(view.analysis().indexTerms("Der Termin im Mai ist fest."));
      return new double[] {coverage.of(answer::contains), coverage.withoutAnswerKind().of(answer::contains),
          coverage.withoutAnswerKind().of(other::contains)};
    });

    assertThat(covered[0]).isLessThan(1.0);
    assertThat(covered[1]).isEqualTo(1.0);
    assertThat(covered[2]).isZero();
  }

  @Test
  void anyOneOfAWordsAlternativesCoversItAndItCountsOnceAmongTheQuestionsWords() throws Exception {
    String text = "Die Reise nach Metz kostet nichts. Die Fahrt ist lang. Die Kosten trägt das Land.";
    double[] covered = withView("", text, view -> new double[] {
        coverage(view, "Reise|Fahrt Kosten|gekostet", "Die Fahrt ist lang."),
        coverage(view, "Reise|Fahrt Kosten|gekostet", "Die Kosten trägt das Land."),
        coverage(view, "Reise Fahrt Kosten gekostet", "Die Fahrt ist lang."),
        coverage(view, "Reise|Fahrt Kosten|gekostet", "Die Fahrt ist lang. Die Kosten trägt das Land.")});

    assertThat(covered[0] + covered[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(covered[0]).isGreaterThan(covered[2]);
    assertThat(covered[3]).isEqualTo(1.0);
  }

  @Test
  void aWordMadeWholeOnlyIsNotCoveredByTheFirstPartOfACompoundButStillByTheWholeWord() throws Exception {
    String compound = "Musterstadt liegt im Großraum Aheim.";
    String whole = "Musterstadt ist sehr groß.";
    withView("", compound + " " + whole, view -> {
      QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms("Wie groß ist Musterstadt?"), view);
      QuestionCoverage valueWord = coverage.wholeOnly(1);

      assertThat(coverage.ofHashes(view.analysis().indexTermSet(compound))).isEqualTo(1.0);
      assertThat(valueWord.ofHashes(view.analysis().indexTermSet(compound))).isLessThan(1.0);
      assertThat(valueWord.ofHashes(view.analysis().indexTermSet(whole))).isEqualTo(1.0);
      assertThat(coverage.wholeOnly(9)).isSameAs(coverage);
      return null;
    });
  }
  @Test
  void anAttributeBoundToItsNounCountsOnlyInThePartOfTheEvidenceThatNamesTheNoun() throws Exception {
    String signals = "Zählgeräte zählen die Fahrgäste anhand der WLAN-Signale ihrer Telefone.";
    String parking = "Am Testfeld sind freie Stellplätze geplant.";
    String free = "Im Rathaus ist das WLAN frei.";
    withView("", signals + " " + parking + " " + free, view -> {
      QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms("Gibt es freies WLAN?"), view);
      QuestionCoverage bound = coverage.withAttribute(2, 3, false);
      Function<String, Predicate<String>> part = text -> Set.copyOf(view.analysis().indexTerms(text))::contains;

      assertThat(coverage.ofParts(List.of(part.apply(signals), part.apply(parking)))).isEqualTo(1.0);
      assertThat(bound.ofParts(List.of(part.apply(signals), part.apply(parking)))).isLessThan(0.6);
      assertThat(bound.ofParts(List.of(part.apply(parking), part.apply(free)))).isEqualTo(1.0);
      assertThat(bound.ofParts(List.of(part.apply(parking))))
          .isEqualTo(coverage.ofParts(List.of(part.apply(parking)))).isGreaterThan(0.0);
      assertThat(bound.of(part.apply(signals + " " + parking))).isEqualTo(1.0);
      assertThat(coverage.withAttribute(2, 9, false)).isSameAs(coverage);
      return null;
    });
  }


  @Test
  void aNounWhoseExistenceIsAskedWithAnAttributeCountsOnlyWithTheAttributeBesideIt() throws Exception {
    String signals = "Zählgeräte zählen die Fahrgäste anhand der WLAN-Signale ihrer Telefone.";
    String free = "Im Rathaus ist das WLAN frei.";
    String parking = "Am Testfeld sind freie Stellplätze geplant.";
    withView("", signals + " " + free + " " + parking, view -> {
      QuestionCoverage coverage = QuestionCoverage.of(view.analysis().queryTerms("Gibt es freies WLAN?"), view);
      QuestionCoverage asked = coverage.withAttribute(2, 3, true);
      Function<String, Predicate<String>> part = text -> Set.copyOf(view.analysis().indexTerms(text))::contains;

      assertThat(coverage.withAttribute(2, 3, false).ofParts(List.of(part.apply(signals)))).isGreaterThan(0.4);
      assertThat(asked.ofParts(List.of(part.apply(signals)))).isEqualTo(0.0);
      assertThat(asked.ofParts(List.of(part.apply(signals), part.apply(parking)))).isEqualTo(0.0);
      assertThat(asked.ofParts(List.of(part.apply(signals), part.apply(free)))).isEqualTo(1.0);
      return null;
    });
  }
}
