package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The names of a heading, title or sentence, to tell which of them a sentence is about. A name is a capitalised word
 * the analysis keeps whole (no compound parts, no synonyms-file word) that its release's sentences use and that it
 * never writes after an article or other determiner (from {@code lang/de/common-noun-determiners.txt}, adjectives in
 * between: "der digitale Zwilling"): "Berlin", "Aheim", "Beheim", not "Stadt", "Laufzeit" (a heading only) or
 * "BAMF" in a release saying "vom BAMF". A distinct name is one the general vocabulary does not know either (no
 * thesaurus synonym): "Aheim", not "Berlin" ("Bundeshauptstadt"). Immutable.
 */
final class LevelNames {

  static final LevelNames NONE = new LevelNames(List.of(), List.of(), NamePeers.NONE);
  private static final Set<String> DETERMINERS = LanguageResources.classpathLines(
      "lang/de/common-noun-determiners.txt").stream().map(w -> w.toLowerCase(Locale.GERMAN)).collect(Collectors.toSet());
  private static final CharArraySet STOPWORDS = LanguageResources.germanStopwords();

  private final TermSet names;
  private final List<String> all;
  private final List<String> distinct;
  private final long[] distinctHashes;
  private final NamePeers peers;

  private LevelNames(List<String> names, List<String> distinct, NamePeers peers) {
    this.names = TermSet.of(names);
    this.all = names.stream().distinct().toList();
    this.peers = peers;
    this.distinct = distinct.stream().distinct().toList();
    this.distinctHashes = this.distinct.stream().mapToLong(TermSet::hash).toArray();
  }

  /**
   * The analysed terms of the words a release uses as names: capitalised words of its sentences that it never writes
   * after a determiner, in its sentences, headings or title ({@code texts}); sentences and texts each as its {@link
   * GermanAnalysis#surfaceTokens}.
   */
  static Set<String> nameable(List<List<String>> sentences, List<List<String>> texts, GermanAnalysis analysis) {
    Set<String> capitalised = new HashSet<>();
    for (List<String> sentence : sentences) {
      for (String word : sentence) {
        if (Character.isUpperCase(word.codePointAt(0))) {
          analysis.wordIndexTerms(word).stream().findFirst().ifPresent(capitalised::add);
        }
      }
    }
    for (List<String> words : texts) {
      for (int w = 1; w < words.size(); w++) {
        if (Character.isUpperCase(words.get(w).codePointAt(0)) && afterDeterminer(words, w)) {
          analysis.wordIndexTerms(words.get(w)).stream().findFirst().ifPresent(capitalised::remove);
        }
      }
    }
    return capitalised;
  }

  /** Whether the word at {@code w} follows a determiner, lower-case words other than stop words in between. */
  private static boolean afterDeterminer(List<String> words, int w) {
    for (int before = w - 1; before >= 0; before--) {
      String word = words.get(before);
      String lower = word.toLowerCase(Locale.GERMAN);
      if (DETERMINERS.contains(lower)) {
        return true;
      }
      if (!Character.isLowerCase(word.codePointAt(0)) || STOPWORDS.contains(lower)) {
        return false;
      }
    }
    return false;
  }

  /** The names of a sentence; {@code nameable}: the words its release uses as names. */
  static LevelNames of(String text, GermanAnalysis analysis, Set<String> nameable) {
    return of(text, analysis, nameable, NamePeers.NONE);
  }

  /** The names of a heading or title, {@code peers}: which of its release's names compete (see {@link #picksOther}). */
  static LevelNames of(String text, GermanAnalysis analysis, Set<String> nameable, NamePeers peers) {
    return of(GermanAnalysis.surfaceTokens(text), analysis, nameable, peers);
  }

  /** As {@link #of(String, GermanAnalysis, Set, NamePeers)} for a text's {@link GermanAnalysis#surfaceTokens}. */
  private static LevelNames of(List<String> words, GermanAnalysis analysis, Set<String> nameable, NamePeers peers) {
    List<String> names = new ArrayList<>();
    List<String> distinct = new ArrayList<>();
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0)) || !nameable(word, analysis, nameable)) {
        continue;
      }
      List<QueryTerm> terms = analysis.wordQueryTerms(word);
      if (!terms.isEmpty() && terms.get(0).origin() == QueryTerm.Origin.WORD && !terms.get(0).numeric()
          && terms.stream().allMatch(t -> t.origin() == QueryTerm.Origin.WORD || QuestionWord.isRelated(t))
          && nameable.contains(terms.get(0).term())) {
        names.add(terms.get(0).term());
        if (terms.size() == 1) {
          distinct.add(terms.get(0).term());
        }
      }
    }
    return names.isEmpty() ? NONE : new LevelNames(names, distinct, peers);
  }

  /**
   * Whether the word's own term is one of the release's names: a word's first query term is its first index term, so
   * only such a word needs its question terms (synonyms, thesaurus), and its index terms are remembered already from
   * {@link #nameable}. Most capitalised words (a sentence's first, nouns after a determiner) are no names.
   */
  private static boolean nameable(String word, GermanAnalysis analysis, Set<String> nameable) {
    List<String> own = analysis.wordIndexTerms(word);
    return !own.isEmpty() && nameable.contains(own.get(0));
  }

  /**
   * The {@link TermSet#hash} of the distinct name a sentence opens with, its subject ("Musterstadt hat 240.000
   * Einwohner."), or 0 when its first word is none ("Der Stadt Musterstadt entstehen …"); {@code words}: the
   * sentence's {@link GermanAnalysis#surfaceTokens}. Their first is the first word's only when it stands before the
   * sentence's first space: a sentence opening with a dash or quote mark on its own ("– Aheim hat …") opens with no
   * name (a token holds no space, and a first word without a token holds no letter or digit of one).
   */
  static long openingName(String sentence, List<String> words, GermanAnalysis analysis, Set<String> nameable) {
    if (words.isEmpty() || sentence.indexOf(words.get(0)) >= wordEnd(sentence)) {
      return 0;
    }
    List<String> first = of(words.subList(0, 1), analysis, nameable, NamePeers.NONE).distinctNames();
    return first.isEmpty() ? 0 : TermSet.hash(first.get(0));
  }

  private static int wordEnd(String sentence) {
    int space = sentence.indexOf(' ');
    return space < 0 ? sentence.length() : space;
  }

  /** The analysed terms of all names, those the general vocabulary knows too ("Halle") among them, each once. */
  List<String> allNames() {
    return all;
  }

  /** The analysed terms of the distinct names, each once. */
  List<String> distinctNames() {
    return distinct;
  }

  /**
   * Whether the level's name with the given {@link TermSet#hash} does not count for a sentence because a nearer text
   * (the sentence itself, or its heading) names another of the level's distinct names that its release treats as a
   * peer of it ({@link NamePeers}) or that the sentence opens with ({@code opening}, see {@link #openingName}): the
   * level names several subjects and the sentence is about that other one. "Musterstadt reist nach Aheim" names no two
   * peers, so it lends "Aheim" to "Der Stadt Musterstadt entstehen … keine Kosten", not to "Musterstadt hat 240.000
   * Einwohner.".
   */
  boolean picksOther(long nameHash, long opening, TermSet... nearer) {
    if (distinctHashes.length == 0 || !names.containsHash(nameHash)) {
      return false;
    }
    return Arrays.stream(distinctHashes).anyMatch(name -> name != nameHash
        && (name == opening || peers.peers(nameHash, name))
        && Arrays.stream(nearer).anyMatch(text -> text.containsHash(name)));
  }
}
