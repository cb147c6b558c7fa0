package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One question word as coverage weighs it: its query terms, the forms that cover it and how rare it is in the
 * releases. Immutable.
 *
 * @param terms the word's query terms, all with the same word position
 * @param forms the forms of the word that count as covering it
 * @param weight its rarity weight (see {@link #of}), 0 for a word left out
 * @param known whether the releases use it, a synonym of it or most of its compound parts
 */
record WeightedWord(List<QueryTerm> terms, QuestionWord forms, double weight, boolean known) {

  WeightedWord {
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("a question word needs at least one query term");
    }
  }

  /** The question words of the terms in word order, weighted by their rarity in the view's sentences. */
  static WeightedWord[] of(List<QueryTerm> terms, IndexView view) {
    Map<Integer, List<QueryTerm>> byWord = new TreeMap<>();
    for (QueryTerm term : terms) {
      byWord.computeIfAbsent(term.word(), w -> new ArrayList<>()).add(term);
    }
    return byWord.values().stream()
        .map(word -> new WeightedWord(word, QuestionWord.of(word), weight(word, view), known(word, view)))
        .toArray(WeightedWord[]::new);
  }

  /** The same word with weight 0, so it no longer counts. */
  WeightedWord weightless() {
    return new WeightedWord(terms, forms, 0, known);
  }

  /** The same word counting only where evidence holds it as a word of its own ({@link QuestionWord#wholeOnly}). */
  WeightedWord wholeOnly() {
    return new WeightedWord(terms, forms.wholeOnly(), weight, known);
  }

  /** The same word also covered by the given terms ({@link QuestionWord#alsoWhole}). */
  WeightedWord alsoCoveredBy(List<String> more) {
    return new WeightedWord(terms, forms.alsoWhole(more), weight, known);
  }

  /** The word's position in the question. */
  int position() {
    return terms.get(0).word();
  }

  boolean numeric() {
    return terms.stream().anyMatch(QueryTerm::numeric);
  }

  /** True for a noun or name: capitalised inside the question. */
  boolean capitalized() {
    return terms.stream().anyMatch(QueryTerm::capitalized);
  }

  /** True for a word present only through the synonyms file, naming the kind of answer asked for. */
  boolean answerKind() {
    return QuestionWord.isAnswerKind(terms);
  }

  /** How much of the word evidence that tells only which terms it contains holds ({@link QuestionWord#coveredBy}). */
  double coveredBy(Predicate<String> evidenceContains) {
    QuestionWord.TermTest contains = (term, hash) -> evidenceContains.test(term);
    return forms.coveredBy(contains, contains);
  }

  /** A word is known when the releases use it or a synonym, or most of its compound parts (or their synonyms). */
  private static boolean known(List<QueryTerm> word, IndexView view) {
    for (QueryTerm term : word) {
      if (!QuestionWord.isPart(term) && !QuestionWord.isRelated(term) && view.sentenceFrequency(term.term()) > 0) {
        return true;
      }
    }
    List<List<String>> slots = QuestionWord.slots(word);
    long knownParts = slots.stream().filter(slot -> slot.stream().anyMatch(t -> view.sentenceFrequency(t) > 0)).count();
    return !slots.isEmpty() && 2 * knownParts > slots.size();
  }

  /**
   * The rarity weight (inverse sentence frequency) of a question word. A noun or name the releases never use weighs
   * most; any other unknown word (a verb or adjective phrased differently) weighs nothing. A question word that is
   * only present through the synonyms file ("wohin => adresse, standort, …": the kind of answer asked for) weighs as
   * much as its most common synonym.
   */
  private static double weight(List<QueryTerm> word, IndexView view) {
    double sentences = view.sentenceCount();
    for (QueryTerm term : word) {
      if (term.origin() == QueryTerm.Origin.WORD) {
        int frequency = view.sentenceFrequency(term.term());
        if (frequency > 0) {
          return Math.log(1 + sentences / frequency);
        }
        return term.capitalized() ? Math.log(1 + sentences) + 1 : 0;
      }
    }
    int most = 0;
    for (QueryTerm term : word) {
      most = Math.max(most, view.sentenceFrequency(term.term()));
    }
    return most == 0 ? 0 : Math.log(1 + sentences / most);
  }
}
