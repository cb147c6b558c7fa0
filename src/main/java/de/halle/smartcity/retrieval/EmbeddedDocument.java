package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An indexed document together with the unit vectors of its passages.
 *
 * @param document the document cut into sentences and passages
 * @param passageVectors one unit vector per passage, in passage order
 * @param sentenceTerms the analysed terms of each sentence
 * @param headingTerms the analysed terms of the heading each sentence stands under (empty without one)
 * @param titleTerms the analysed terms of the title
 * @param documentTerms the analysed terms of the title and all sentences
 * @param headingNames the names of the heading each sentence stands under
 * @param titleNames the names of the title
 * @param nameable the analysed terms of the words the release uses as names (see {@link LevelNames})
 * @param openingNames per sentence, the hash of the distinct name it opens with, or 0 (see {@link LevelNames})
 * @param namePeers the pairs of names the release treats as peers of one kind
 * @param aliases the names the release declares equal to a name it uses ({@link DeclaredAliases})
 */
public record EmbeddedDocument(IndexedDocument document, float[][] passageVectors, List<TermSet> sentenceTerms,
    List<TermSet> headingTerms, TermSet titleTerms, TermSet documentTerms, List<LevelNames> headingNames,
    LevelNames titleNames, Set<String> nameable, long[] openingNames, NamePeers namePeers, DeclaredAliases aliases) {

  public EmbeddedDocument {
    Objects.requireNonNull(document, "document");
    sentenceTerms = List.copyOf(sentenceTerms);
    headingTerms = List.copyOf(headingTerms);
    headingNames = List.copyOf(headingNames);
    Objects.requireNonNull(documentTerms, "documentTerms");
    Objects.requireNonNull(titleNames, "titleNames");
    nameable = Set.copyOf(nameable);
    openingNames = openingNames.clone();
    Objects.requireNonNull(namePeers, "namePeers");
    Objects.requireNonNull(aliases, "aliases");
    if (sentenceTerms.size() != document.sentences().size() || headingTerms.size() != sentenceTerms.size()
        || headingNames.size() != sentenceTerms.size() || openingNames.length != sentenceTerms.size()) {
      throw new IllegalArgumentException("need one term set per sentence of " + document.file());
    }
    if (passageVectors.length != document.passages().size()) {
      throw new IllegalArgumentException("need one vector per passage (" + document.passages().size()
          + ") but got " + passageVectors.length + " for " + document.file());
    }
  }

  /** The document with its passage vectors and the term sets of its text under the given analysis. */
  public static EmbeddedDocument of(IndexedDocument document, float[][] passageVectors, GermanAnalysis analysis) {
    List<TermSet> sentences = new ArrayList<>();
    List<TermSet> headings = new ArrayList<>();
    List<LevelNames> headingNames = new ArrayList<>();
    Map<String, TermSet> byHeading = new HashMap<>();
    Map<String, LevelNames> namesByHeading = new HashMap<>();
    String titleText = document.document().title();
    List<String> texts = new ArrayList<>(document.document().paragraphs());
    texts.add(titleText);
    List<List<String>> textWords = texts.stream().map(GermanAnalysis::surfaceTokens).toList();
    List<List<String>> sentenceWords = document.sentences().stream().map(GermanAnalysis::surfaceTokens).toList();
    Set<String> nameable = LevelNames.nameable(sentenceWords, textWords, analysis);
    NamePeers peers = NamePeers.of(textWords, analysis, nameable);
    long[] openingNames = new long[document.sentences().size()];
    for (int s = 0; s < document.sentences().size(); s++) {
      sentences.add(analysis.indexTermSet(document.sentences().get(s)));
      openingNames[s] = LevelNames.openingName(document.sentences().get(s), sentenceWords.get(s), analysis, nameable);
      headings.add(byHeading.computeIfAbsent(document.headingOf(s), analysis::indexTermSet));
      headingNames.add(
          namesByHeading.computeIfAbsent(document.headingOf(s), h -> LevelNames.of(h, analysis, nameable, peers)));
    }
    TermSet title = analysis.indexTermSet(titleText);
    List<TermSet> all = new ArrayList<>(sentences);
    all.addAll(byHeading.values());
    all.add(title);
    return new EmbeddedDocument(document, passageVectors, sentences, headings, title,
        TermSet.union(all.toArray(TermSet[]::new)), headingNames, LevelNames.of(titleText, analysis, nameable, peers),
        nameable, openingNames, peers, DeclaredAliases.of(document.sentences(), analysis));
  }

  /** The file name, the key for per-file replacement. */
  public String file() {
    return document.file();
  }

  /**
   * The hash of the indexed document alone (equal records share it, so this agrees with the record's equals): the
   * generated hash walked every sentence's term set, and evidence is hashed per candidate.
   */
  @Override
  public int hashCode() {
    return document.hashCode();
  }

  /** True when the title, the sentence, its heading or one of its direct neighbours contains the term. */
  public boolean windowContains(int sentence, String term) {
    return windowContainsHash(sentence, TermSet.hash(term), false);
  }

  /**
   * As {@link #windowContains} for a term's {@link TermSet#hash}, as a word of its own only when {@code whole} (see
   * {@link TermSet#containsWholeHash}).
   */
  boolean windowContainsHash(int sentence, long hash, boolean whole) {
    int last = Math.min(sentenceTerms.size() - 1, sentence + 1);
    for (int s = Math.max(0, sentence - 1); s <= last; s++) {
      if (contains(sentenceTerms.get(s), hash, whole)) {
        return true;
      }
    }
    return contains(headingTerms.get(sentence), hash, whole) || contains(titleTerms, hash, whole);
  }

  private static boolean contains(TermSet terms, long hash, boolean whole) {
    return whole ? terms.containsWholeHash(hash) : terms.containsHash(hash);
  }

  /**
   * True when the sentence itself, its heading or the title contains the term: what a reader of it sees. A year counts
   * only from the nearest of them naming any year, as that one tells which year the sentence is about: a sentence
   * about 2019 under a title naming 2019 and 2023 does not name 2023. Likewise a name of the heading or title counts
   * only when nothing nearer names another of its distinct names that competes with it ({@link LevelNames}): "Musterstadt"
   * in the title "Aheim in Musterland: die jüngste Partnerstadt von Musterstadt" is not what a sentence about Aheim's
   * inhabitants is about.
   */
  public boolean ownContains(int sentence, String term) {
    long hash = TermSet.hash(term);
    TermSet own = sentenceTerms.get(sentence);
    if (own.containsHash(hash)) {
      return true;
    }
    TermSet heading = headingTerms.get(sentence);
    if (YearTerm.is(term)) {
      return !own.namesYear() && (heading.containsHash(hash) || !heading.namesYear() && titleTerms.containsHash(hash));
    }
    long opening = openingNames[sentence];
    return heading.containsHash(hash) ? !headingNames.get(sentence).picksOther(hash, opening, own)
        : titleTerms.containsHash(hash) && !titleNames.picksOther(hash, opening, own, heading);
  }

  /**
   * As {@link #ownContains} for a term that counts only as a word of its own in the sentence, its heading or the title
   * (whole, or the last part of a word), not as a modifying part of one (see
   * {@link QuestionCoverage#of(java.util.function.Predicate, java.util.function.Predicate)}).
   */
  public boolean ownContainsWhole(int sentence, String term) {
    long hash = TermSet.hash(term);
    return ownContains(sentence, term) && (sentenceTerms.get(sentence).containsWholeHash(hash)
        || headingTerms.get(sentence).containsWholeHash(hash) || titleTerms.containsWholeHash(hash));
  }

  /**
   * True when the term is one of the names the release declared, by this sentence, equal to a name it uses
   * ({@link DeclaredAliases}): "Beispielamt" after "Das Amt für Beispiele (Beispielamt) zieht um." names what the later
   * sentences about the "Amt für Beispiele" are about. Such a name does not rank the sentence (its words are what the
   * retrieval and the anchor order weigh) but counts as covered when an answer is judged.
   */
  public boolean declares(int sentence, String term) {
    return aliases.holds(sentence, TermSet.hash(term), false);
  }

  /**
   * True when the sentence's heading or title names the term but the sentence is about another of that heading's or
   * title's names (see {@link #ownContains}): "Fehausen ist seit 2003 Partnerstadt von Gestadt." under "Keine
   * Partnerstädte: Dorfen, Efeld und Fehausen" is not about Dorfen.
   */
  public boolean aboutOtherName(int sentence, String term) {
    return !YearTerm.is(term) && contextContains(sentence, TermSet.hash(term)) && !ownContains(sentence, term);
  }

  /**
   * Whether the release treats the two names (analysed terms) as peers of one kind ({@link NamePeers}): "Aheim" and
   * "Beheim" after "Musterstadt hat drei Partnerstädte: Aheim, Beheim und Ceheim."
   */
  public boolean peerNames(String name, String other) {
    return namePeers.peers(TermSet.hash(name), TermSet.hash(other));
  }

  /** True when the sentence, its heading or the title names a year. */
  public boolean namesYear(int sentence) {
    return sentenceTerms.get(sentence).namesYear() || headingTerms.get(sentence).namesYear() || titleTerms.namesYear();
  }

  private boolean contextContains(int sentence, long termHash) {
    return headingTerms.get(sentence).containsHash(termHash) || titleTerms.containsHash(termHash);
  }

  /**
   * The analysed terms of the distinct names a sentence names (see {@link LevelNames}: capitalised words the general
   * vocabulary does not know and the release never writes after a determiner), analysed with {@code analysis}.
   */
  public List<String> names(int sentence, GermanAnalysis analysis) {
    return LevelNames.of(document.sentences().get(sentence), analysis, nameable).distinctNames();
  }

  /**
   * The analysed terms of all names a sentence names, those the general vocabulary knows too among them ("Wien",
   * "Berlin"), analysed with {@code analysis}.
   */
  public List<String> allNames(int sentence, GermanAnalysis analysis) {
    return LevelNames.of(document.sentences().get(sentence), analysis, nameable).allNames();
  }

  /** The vector of the passage a sentence belongs to, or null past the embedded lead. */
  public float[] vectorOfSentence(int sentence) {
    int passage = document.passageOf(sentence);
    return passage < 0 ? null : passageVectors[passage];
  }

  /** The dense similarity of a sentence: its passage's, or the document's average past the embedded lead. */
  public double similarity(float[] unitQuery, int sentence) {
    return new DenseScores(unitQuery).sentence(this, sentence);
  }

}
