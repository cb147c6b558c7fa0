package de.halle.smartcity.retrieval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * How much of a question's distinctive vocabulary some evidence covers: every question word is weighted by how rare
 * it is in the releases (a word they never use weighs most) and counts as covered when the evidence contains it or
 * one of its synonyms, or in part when it contains a thesaurus synonym of it or some of its compound parts (or
 * synonyms of them). An attributive adjective bound to its noun ({@link #withAttribute}) counts, in evidence read
 * in parts, only in a part that covers that noun too ({@link #ofParts}). Immutable.
 */
public final class QuestionCoverage {

  private final WeightedWord[] words;
  /** For each word, the index in {@link #words} of the noun it is an attribute of, or -1. */
  private final int[] nounOf;
  /** For each attribute, whether the question asks whether its noun exists with it ({@link #withAttribute}). */
  private final boolean[] asked;
  private final CoveredWords covered;

  private QuestionCoverage(WeightedWord[] words, int[] nounOf, boolean[] asked) {
    this.words = words;
    this.nounOf = nounOf;
    this.asked = asked;
    this.covered = new CoveredWords(words);
  }

  /** The question words of the terms, weighted by their rarity in the view's sentences. */
  public static QuestionCoverage of(List<QueryTerm> terms, IndexView view) {
    WeightedWord[] words = WeightedWord.of(terms, view);
    int[] nounOf = new int[words.length];
    Arrays.fill(nounOf, -1);
    return new QuestionCoverage(words, nounOf, new boolean[words.length]);
  }

  /**
   * The same coverage with the question word at {@code adjective} bound to the question word at {@code noun}, the noun
   * it is an attribute of: in evidence read in parts it counts only in a part that covers (at least half of) the noun
   * too, when one does ({@link #ofParts}). When the question asks whether such a thing exists ({@code asked}: "Gibt es
   * kostenloses WLAN?"), the noun without the attribute beside it does not count either: WLAN says nothing about free
   * WLAN. Itself when either word is missing.
   */
  public QuestionCoverage withAttribute(int adjective, int noun, boolean asked) {
    int a = index(adjective);
    int n = index(noun);
    if (a < 0 || n < 0 || a == n) {
      return this;
    }
    int[] bound = nounOf.clone();
    bound[a] = n;
    boolean[] askedNow = this.asked.clone();
    askedNow[a] = asked;
    return new QuestionCoverage(words, bound, askedNow);
  }

  private int index(int position) {
    for (int w = 0; w < words.length; w++) {
      if (words[w].position() == position) {
        return w;
      }
    }
    return -1;
  }

  /**
   * The same coverage with the question word at {@code word} left out (weight 0), for a word the answer gives a value
   * for instead of repeating it ("An welchen Tagen …" is answered by "am 11. und 12. Mai"); itself when no question
   * word is at that position.
   */
  public QuestionCoverage without(int word) {
    return without(w -> w.position() == word);
  }

  /**
   * The same coverage without the words that only name the kind of answer asked for (present only through the
   * synonyms file: "wann => datum, termin, …"), for evidence that holds that kind of fact: "seit 1985" answers "Seit
   * wann …" without a word for a date. Itself when the question has no such word.
   */
  public QuestionCoverage withoutAnswerKind() {
    return without(WeightedWord::answerKind);
  }

  /**
   * The same coverage with the question word at {@code word} counted only where evidence holds it as a word of its own
   * (whole, or as the last part of a word), not as a part that modifies another ("groß" is not said by "Großraum");
   * itself when no question word is at that position.
   */
  public QuestionCoverage wholeOnly(int word) {
    WeightedWord[] changed = words.clone();
    boolean found = false;
    for (int w = 0; w < words.length; w++) {
      if (words[w].position() == word) {
        changed[w] = words[w].wholeOnly();
        found = true;
      }
    }
    return found ? new QuestionCoverage(changed, nounOf, asked) : this;
  }

  /**
   * The same coverage with the question word at {@code word} also covered by evidence holding one of {@code terms}:
   * for a noun the question's verb implies ("Vertrag" in "Wann wurde der Vertrag … unterschrieben?" is whatever a
   * sentence naming the signing says was signed). Itself when no question word is at that position.
   */
  public QuestionCoverage alsoCoveredBy(int word, List<String> terms) {
    WeightedWord[] changed = words.clone();
    boolean found = false;
    for (int w = 0; w < words.length; w++) {
      if (words[w].position() == word) {
        changed[w] = words[w].alsoCoveredBy(terms);
        found = true;
      }
    }
    return found ? new QuestionCoverage(changed, nounOf, asked) : this;
  }

  private QuestionCoverage without(Predicate<WeightedWord> leftOut) {
    WeightedWord[] lighter = words.clone();
    boolean found = false;
    for (int w = 0; w < words.length; w++) {
      if (leftOut.test(words[w])) {
        lighter[w] = words[w].weightless();
        found = true;
      }
    }
    return found ? new QuestionCoverage(lighter, nounOf, asked) : this;
  }

  /** Which question words the evidence covers, word by word: distinctive words, nouns, the rarest covered word. */
  public CoveredWords words() {
    return covered;
  }

  /** The weighted share of question words in the evidence, in [0, 1]; 0 for a question without words. */
  public double of(Predicate<String> evidenceContains) {
    return of(evidenceContains, evidenceContains);
  }

  /**
   * As {@link #of(Predicate)} for evidence that also tells which terms it holds as words of their own — whole, or as
   * the last part of a word — not only as modifying parts ({@code evidenceContainsWhole}): the synonyms of a question
   * word such as "wo" count only so ({@link QuestionWord#coveredBy}).
   */
  public double of(Predicate<String> evidenceContains, Predicate<String> evidenceContainsWhole) {
    return of((term, hash) -> evidenceContains.test(term), (term, hash) -> evidenceContainsWhole.test(term));
  }

  /** As {@link #of(Predicate, Predicate)} for evidence tested by {@link TermSet#hash} (hashed once per question). */
  double ofHashes(LongPredicate evidenceContainsHash, LongPredicate evidenceContainsWholeHash) {
    return of((term, hash) -> evidenceContainsHash.test(hash), (term, hash) -> evidenceContainsWholeHash.test(hash));
  }

  /** As {@link #ofHashes(LongPredicate, LongPredicate)} for the terms of one set. */
  double ofHashes(TermSet evidence) {
    return ofHashes(evidence::containsHash, evidence::containsWholeHash);
  }

  /**
   * The weighted share of question words in evidence a reader sees in parts ({@code parts}: each tells which terms it
   * holds, such as the sentences of an answer with what is read with each): a word counts as covered by all of them
   * together, but an attribute bound to its noun ({@link #withAttribute}) only by a part that covers the noun too, when
   * one does: "freie Stellplätze" in one sentence does not make the WLAN another names a "freies WLAN". Where no part names the noun, its absence already counts, and the attribute counts as any word. An asked
   * attribute ({@link #withAttribute}) that no part naming its noun holds takes the noun's coverage with it.
   */
  public double ofParts(List<Predicate<String>> parts) {
    Predicate<String> any = term -> parts.stream().anyMatch(part -> part.test(term));
    double[] share = new double[words.length];
    for (int w = 0; w < words.length; w++) {
      share[w] = words[w].coveredBy(any);
    }
    for (int w = 0; w < words.length; w++) {
      if (nounOf[w] >= 0 && share[nounOf[w]] >= 0.5) {
        share[w] = besideNoun(w, parts);
        if (asked[w] && share[w] < 0.5 && words[w].weight() > 0) {
          share[nounOf[w]] = 0;
        }
      }
    }
    return weighted(w -> share[w]);
  }

  /** How much of the attribute at index {@code w} the parts that cover its noun hold, the most of any one. */
  private double besideNoun(int w, List<Predicate<String>> parts) {
    double best = 0;
    for (Predicate<String> part : parts) {
      if (words[nounOf[w]].coveredBy(part) >= 0.5) {
        best = Math.max(best, words[w].coveredBy(part));
      }
    }
    return best;
  }

  /** The weighted share of question words in a text analysed with the view's analysis. */
  public double ofText(String text, IndexView view) {
    Set<String> present = new HashSet<>(view.analysis().indexTerms(text));
    return of(present::contains);
  }

  private double of(QuestionWord.TermTest evidenceContains, QuestionWord.TermTest evidenceContainsWhole) {
    return weighted(w -> words[w].forms().coveredBy(evidenceContains, evidenceContainsWhole));
  }

  /** The question words' shares, each weighted by its word's rarity, in [0, 1]; 0 for a question without words. */
  private double weighted(IntToDoubleFunction share) {
    double total = 0;
    double covered = 0;
    for (int w = 0; w < words.length; w++) {
      total += words[w].weight();
      covered += words[w].weight() * share.applyAsDouble(w);
    }
    return total == 0 ? 0 : covered / total;
  }
}
