package de.halle.smartcity.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * How much of a question's distinctive vocabulary some evidence covers: every question word is weighted by how rare
 * it is in the releases (a word they never use weighs most) and counts as covered when the evidence contains it or
 * one of its synonyms, or in part when it contains a thesaurus synonym of it or some of its compound parts (or
 * synonyms of them). Immutable.
 */
public final class QuestionCoverage {

  private final WeightedWord[] words;
  private final CoveredWords covered;

  private QuestionCoverage(WeightedWord[] words) {
    this.words = words;
    this.covered = new CoveredWords(words);
  }

  /** The question words of the terms, weighted by their rarity in the view's sentences. */
  public static QuestionCoverage of(List<QueryTerm> terms, IndexView view) {
    return new QuestionCoverage(WeightedWord.of(terms, view));
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
    return found ? new QuestionCoverage(changed) : this;
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
    return found ? new QuestionCoverage(changed) : this;
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
    return found ? new QuestionCoverage(lighter) : this;
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

  /** The weighted share of question words in a text analysed with the view's analysis. */
  public double ofText(String text, IndexView view) {
    Set<String> present = new HashSet<>(view.analysis().indexTerms(text));
    return of(present::contains);
  }

  private double of(QuestionWord.TermTest evidenceContains, QuestionWord.TermTest evidenceContainsWhole) {
    double total = 0;
    double covered = 0;
    for (WeightedWord word : words) {
      total += word.weight();
      covered += word.weight() * word.forms().coveredBy(evidenceContains, evidenceContainsWhole);
    }
    return total == 0 ? 0 : covered / total;
  }
}
