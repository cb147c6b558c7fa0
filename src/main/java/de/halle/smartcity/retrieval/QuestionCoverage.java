package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much of a question's distinctive vocabulary some evidence text covers: every question word is weighted by how
 * rare it is in the releases (a word they never use weighs most) and counts as covered when the evidence contains
 * it or one of its synonyms, or in part when it contains some of its compound parts.
 */
public final class QuestionCoverage {

  private QuestionCoverage() {}

  /** The weighted share of question words covered by the evidence, in [0, 1]; 0 for a question without words. */
  public static double of(List<QueryTerm> terms, String evidence, IndexView view) {
    Set<String> present = new HashSet<>(view.analysis().indexTerms(evidence));
    double total = 0;
    double covered = 0;
    for (List<QueryTerm> word : byWord(terms).values()) {
      double weight = weight(word, view);
      total += weight;
      covered += weight * covered(word, present);
    }
    return total == 0 ? 0 : covered / total;
  }

  /** The weighted share of question words that no release uses at all, in [0, 1]. */
  public static double unknownShare(List<QueryTerm> terms, IndexView view) {
    double total = 0;
    double unknown = 0;
    for (List<QueryTerm> word : byWord(terms).values()) {
      double weight = weight(word, view);
      total += weight;
      boolean known = word.stream().anyMatch(t -> t.origin() != QueryTerm.Origin.SYNONYM
          && view.sentenceFrequency(t.term()) > 0);
      unknown += known ? 0 : weight;
    }
    return total == 0 ? 1 : unknown / total;
  }

  /** The rarity weight (inverse sentence frequency) of a question word; unknown words weigh most. */
  static double weight(List<QueryTerm> word, IndexView view) {
    double sentences = view.sentenceCount();
    double max = Math.log(1 + sentences);
    for (QueryTerm term : word) {
      if (term.origin() == QueryTerm.Origin.WORD) {
        int frequency = view.sentenceFrequency(term.term());
        return frequency == 0 ? max + 1 : Math.log(1 + sentences / frequency);
      }
    }
    return 0;
  }

  private static double covered(List<QueryTerm> word, Set<String> present) {
    List<String> parts = new ArrayList<>();
    for (QueryTerm term : word) {
      if (term.origin() != QueryTerm.Origin.PART && present.contains(term.term())) {
        return 1;
      }
      if (term.origin() == QueryTerm.Origin.PART) {
        parts.add(term.term());
      }
    }
    return parts.isEmpty() ? 0 : parts.stream().filter(present::contains).count() / (double) parts.size();
  }

  /** The terms grouped by question word, in question order. */
  static Map<Integer, List<QueryTerm>> byWord(List<QueryTerm> terms) {
    Map<Integer, List<QueryTerm>> words = new TreeMap<>();
    for (QueryTerm term : terms) {
      words.computeIfAbsent(term.word(), w -> new ArrayList<>()).add(term);
    }
    return words;
  }
}
