package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * How much of a question's distinctive vocabulary some evidence covers: every question word is weighted by how rare
 * it is in the releases (a word they never use weighs most) and counts as covered when the evidence contains it or
 * one of its synonyms, or in part when it contains a thesaurus synonym of it or some of its compound parts (or
 * synonyms of them). Immutable.
 */
public final class QuestionCoverage {

  /**
   * How much a thesaurus synonym covers of its question word: a general synonym may mean another sense of the word
   * (measured on integreat-qa train/dev: 0.5 lifts both, counting it fully or not at all does not).
   */
  private static final double RELATED_SHARE = 0.5;

  private final List<List<QueryTerm>> words;
  private final double[] weights;
  private final boolean[] known;
  /**
   * Per word: its own terms and synonyms, and its compound parts in order, each with its synonyms (split once, tested
   * per evidence).
   */
  private final String[][] wholes;
  private final String[][] related;
  private final String[][][] parts;
  /** The {@link TermSet#hash} of each of {@link #wholes} and {@link #parts}, computed once per question. */
  private final long[][] wholeHashes;
  private final long[][] relatedHashes;
  private final long[][][] partHashes;

  private QuestionCoverage(List<List<QueryTerm>> words, double[] weights, boolean[] known) {
    this.words = words;
    this.weights = weights;
    this.known = known;
    this.wholes = new String[words.size()][];
    this.related = new String[words.size()][];
    this.parts = new String[words.size()][][];
    this.wholeHashes = new long[words.size()][];
    this.relatedHashes = new long[words.size()][];
    this.partHashes = new long[words.size()][][];
    for (int w = 0; w < words.size(); w++) {
      wholes[w] = terms(words.get(w), t -> !isPart(t) && !isRelated(t));
      related[w] = terms(words.get(w), QuestionCoverage::isRelated);
      parts[w] = slots(words.get(w)).stream().map(slot -> slot.toArray(String[]::new)).toArray(String[][]::new);
      wholeHashes[w] = hashes(wholes[w]);
      relatedHashes[w] = hashes(related[w]);
      partHashes[w] = Arrays.stream(parts[w]).map(QuestionCoverage::hashes).toArray(long[][]::new);
    }
  }

  private static String[] terms(List<QueryTerm> word, Predicate<QueryTerm> kind) {
    return word.stream().filter(kind).map(QueryTerm::term).toArray(String[]::new);
  }

  private static long[] hashes(String[] terms) {
    return Arrays.stream(terms).mapToLong(TermSet::hash).toArray();
  }

  private static boolean isRelated(QueryTerm term) {
    return term.origin() == QueryTerm.Origin.RELATED;
  }

  private static boolean isPart(QueryTerm term) {
    return term.origin() == QueryTerm.Origin.PART || term.origin() == QueryTerm.Origin.PART_SYNONYM;
  }

  /** A word's compound parts, each with the part synonyms that follow it. */
  private static List<List<String>> slots(List<QueryTerm> word) {
    List<List<String>> slots = new ArrayList<>();
    for (QueryTerm term : word) {
      if (term.origin() == QueryTerm.Origin.PART) {
        slots.add(new ArrayList<>(List.of(term.term())));
      } else if (term.origin() == QueryTerm.Origin.PART_SYNONYM && !slots.isEmpty()) {
        slots.get(slots.size() - 1).add(term.term());
      }
    }
    return slots;
  }

  /** The question words of the terms, weighted by their rarity in the view's sentences. */
  public static QuestionCoverage of(List<QueryTerm> terms, IndexView view) {
    List<List<QueryTerm>> words = new ArrayList<>(byWord(terms).values());
    double[] weights = new double[words.size()];
    boolean[] known = new boolean[words.size()];
    for (int w = 0; w < words.size(); w++) {
      weights[w] = weight(words.get(w), view);
      known[w] = known(words.get(w), view);
    }
    return new QuestionCoverage(words, weights, known);
  }

  /**
   * The same coverage with the question word at {@code word} left out (weight 0), for a word the answer gives a value
   * for instead of repeating it ("An welchen Tagen …" is answered by "am 21. und 22. April"); itself when no question
   * word is at that position.
   */
  public QuestionCoverage without(int word) {
    double[] lighter = weights.clone();
    boolean found = false;
    for (int w = 0; w < words.size(); w++) {
      if (words.get(w).get(0).word() == word) {
        lighter[w] = 0;
        found = true;
      }
    }
    return found ? new QuestionCoverage(words, lighter, known) : this;
  }

  /** The weighted share of question words in the evidence, in [0, 1]; 0 for a question without words. */
  public double of(Predicate<String> evidenceContains) {
    return of((term, hash) -> evidenceContains.test(term));
  }

  /** As {@link #of(Predicate)} for evidence tested by {@link TermSet#hash} (each term is hashed once per question). */
  double ofHashes(LongPredicate evidenceContainsHash) {
    return of((term, hash) -> evidenceContainsHash.test(hash));
  }

  private double of(TermTest evidence) {
    double total = 0;
    double covered = 0;
    for (int w = 0; w < words.size(); w++) {
      total += weights[w];
      covered += weights[w] * covered(w, evidence);
    }
    return total == 0 ? 0 : covered / total;
  }

  /** Whether some evidence contains a term, given as text and as its {@link TermSet#hash}. */
  private interface TermTest {
    boolean contains(String term, long hash);
  }

  /**
   * True when the evidence covers (at least half of) every distinctive question word: every number, and every noun or
   * name (capitalised inside the question) that the releases do not use, neither as such nor through a synonym nor
   * through most of its compound parts. Nouns count only when {@code typedNouns}: in a question translated word by
   * word, one English word becomes several German alternatives, and one unknown alternative says little.
   */
  public boolean coversDistinctive(Predicate<String> evidenceContains, boolean typedNouns, int exemptWord) {
    for (int w = 0; w < words.size(); w++) {
      if (words.get(w).get(0).word() == exemptWord) {
        continue;
      }
      boolean number = words.get(w).stream().anyMatch(QueryTerm::numeric);
      boolean unknownNoun = typedNouns && !known[w] && words.get(w).stream().anyMatch(QueryTerm::capitalized);
      if ((number || unknownNoun) && covered(w, evidenceContains) < 0.5) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many of the question's nouns and names (capitalised inside the question, with a rarity weight) the evidence
   * misses (covers less than half of), and how many there are; the noun at {@code exemptWord} (the class the answer
   * is an instance of, as in "Welche Geräte …") does not count.
   */
  public int[] missedNouns(Predicate<String> evidenceContains, int exemptWord) {
    int[] nouns = nouns(exemptWord);
    int missed = 0;
    for (int w : nouns) {
      missed += covered(w, evidenceContains) < 0.5 ? 1 : 0;
    }
    return new int[] {missed, nouns.length};
  }

  /**
   * The share of the rarity weight of the question's nouns and names (as counted by {@link #missedNouns}) that the
   * evidence misses, in [0, 1]; 0 for a question without them. A common noun the answer need not repeat (the country
   * all releases are about) weighs little, the rare noun the question is about weighs much.
   */
  public double missedNounWeight(Predicate<String> evidenceContains, int exemptWord) {
    double total = 0;
    double missed = 0;
    for (int w : nouns(exemptWord)) {
      total += weights[w];
      missed += covered(w, evidenceContains) < 0.5 ? weights[w] : 0;
    }
    return total == 0 ? 0 : missed / total;
  }

  /** The positions in {@link #words} of the nouns and names with a rarity weight, except the one at {@code exemptWord}. */
  private int[] nouns(int exemptWord) {
    return IntStream.range(0, words.size()).filter(w -> weights[w] > 0
        && words.get(w).stream().anyMatch(QueryTerm::capitalized)
        && words.get(w).stream().noneMatch(QueryTerm::numeric)
        && words.get(w).get(0).word() != exemptWord).toArray();
  }

  /** The weighted share of question words in a text analysed with the view's analysis. */
  public double ofText(String text, IndexView view) {
    Set<String> present = new HashSet<>(view.analysis().indexTerms(text));
    return of(present::contains);
  }

  /** A word is known when the releases use it or a synonym, or most of its compound parts (or their synonyms). */
  private static boolean known(List<QueryTerm> word, IndexView view) {
    for (QueryTerm term : word) {
      if (!isPart(term) && !isRelated(term) && view.sentenceFrequency(term.term()) > 0) {
        return true;
      }
    }
    List<List<String>> slots = slots(word);
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

  /**
   * How much of a question word the evidence holds: 1 for the word or a synonym, else the larger of
   * {@link #RELATED_SHARE} for a thesaurus synonym and the share of its compound parts (a part or one of its synonyms),
   * halved when the last part is missing — a compound names a kind of its last part ("Gesundheitszeugnis" is no
   * "Gesundheitsamt").
   */
  private double covered(int word, Predicate<String> present) {
    return covered(word, (term, hash) -> present.test(term));
  }

  private double covered(int word, TermTest present) {
    if (anyPresent(wholes[word], wholeHashes[word], present)) {
      return 1;
    }
    double synonym = anyPresent(related[word], relatedHashes[word], present) ? RELATED_SHARE : 0;
    String[][] ofWord = parts[word];
    if (ofWord.length == 0) {
      return synonym;
    }
    int found = 0;
    boolean last = false;
    for (int p = 0; p < ofWord.length; p++) {
      last = anyPresent(ofWord[p], partHashes[word][p], present);
      found += last ? 1 : 0;
    }
    double share = found / (double) ofWord.length;
    return Math.max(synonym, last ? share : share / 2);
  }

  private static boolean anyPresent(String[] alternatives, long[] hashes, TermTest present) {
    for (int t = 0; t < alternatives.length; t++) {
      if (present.contains(alternatives[t], hashes[t])) {
        return true;
      }
    }
    return false;
  }

  private static Map<Integer, List<QueryTerm>> byWord(List<QueryTerm> terms) {
    Map<Integer, List<QueryTerm>> words = new TreeMap<>();
    for (QueryTerm term : terms) {
      words.computeIfAbsent(term.word(), w -> new ArrayList<>()).add(term);
    }
    return words;
  }
}
