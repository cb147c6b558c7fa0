package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How much of a question's distinctive vocabulary some evidence covers: every question word is weighted by how rare
 * it is in the releases (a word they never use weighs most) and counts as covered when the evidence contains it or
 * one of its synonyms, or in part when it contains a thesaurus synonym of it or some of its compound parts (or
 * synonyms of them). Immutable.
 */
public final class QuestionCoverage {

  private final List<List<QueryTerm>> words;
  private final double[] weights;
  private final boolean[] known;
  private final QuestionWord[] forms;

  private QuestionCoverage(List<List<QueryTerm>> words, double[] weights, boolean[] known, QuestionWord[] forms) {
    this.words = words;
    this.weights = weights;
    this.known = known;
    this.forms = forms;
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
    QuestionWord[] forms = words.stream().map(QuestionWord::new).toArray(QuestionWord[]::new);
    return new QuestionCoverage(words, weights, known, forms);
  }

  /**
   * The same coverage with the question word at {@code word} left out (weight 0), for a word the answer gives a value
   * for instead of repeating it ("An welchen Tagen …" is answered by "am 11. und 12. Mai"); itself when no question
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
    return found ? new QuestionCoverage(words, lighter, known, forms) : this;
  }

  /**
   * The same coverage without the words that only name the kind of answer asked for (present only through the
   * synonyms file: "wann => datum, termin, …"), for evidence that holds that kind of fact: "seit 1985" answers "Seit
   * wann …" without a word for a date. Itself when the question has no such word.
   */
  public QuestionCoverage withoutAnswerKind() {
    double[] lighter = weights.clone();
    boolean found = false;
    for (int w = 0; w < words.size(); w++) {
      if (QuestionWord.isAnswerKind(words.get(w))) {
        lighter[w] = 0;
        found = true;
      }
    }
    return found ? new QuestionCoverage(words, lighter, known, forms) : this;
  }

  /** The weighted share of question words in the evidence, in [0, 1]; 0 for a question without words. */
  public double of(Predicate<String> evidenceContains) {
    return of((term, hash) -> evidenceContains.test(term));
  }

  /**
   * As {@link #of(Predicate)} for evidence that also tells which terms it holds as words of their own — whole, or as
   * the last part of a word — not only as modifying parts ({@code evidenceContainsWhole}): the synonyms of a question
   * word such as "wo" count only so ({@link QuestionWord#coveredBy}).
   */
  public double of(Predicate<String> evidenceContains, Predicate<String> evidenceContainsWhole) {
    return of(new QuestionWord.TermTest() {
      @Override
      public boolean contains(String term, long hash) {
        return evidenceContains.test(term);
      }

      @Override
      public boolean containsWhole(String term, long hash) {
        return evidenceContainsWhole.test(term);
      }
    });
  }

  /** As {@link #of(Predicate, Predicate)} for evidence tested by {@link TermSet#hash} (hashed once per question). */
  double ofHashes(LongPredicate evidenceContainsHash, LongPredicate evidenceContainsWholeHash) {
    return of(new QuestionWord.TermTest() {
      @Override
      public boolean contains(String term, long hash) {
        return evidenceContainsHash.test(hash);
      }

      @Override
      public boolean containsWhole(String term, long hash) {
        return evidenceContainsWholeHash.test(hash);
      }
    });
  }

  /** As {@link #ofHashes(LongPredicate, LongPredicate)} for the terms of one set. */
  double ofHashes(TermSet evidence) {
    return ofHashes(evidence::containsHash, evidence::containsWholeHash);
  }

  private double of(QuestionWord.TermTest evidence) {
    double total = 0;
    double covered = 0;
    for (int w = 0; w < words.size(); w++) {
      total += weights[w];
      covered += weights[w] * covered(w, evidence);
    }
    return total == 0 ? 0 : covered / total;
  }

  /**
   * True when the evidence covers (at least half of) every distinctive question word: every number, and every noun or
   * name (capitalised inside the question) that the releases do not use, neither as such nor through a synonym nor
   * through most of its compound parts (the German alternatives of an English word are one word, known when one of
   * them is).
   */
  public boolean coversDistinctive(Predicate<String> evidenceContains, int exemptWord) {
    for (int w = 0; w < words.size(); w++) {
      if (words.get(w).get(0).word() == exemptWord) {
        continue;
      }
      boolean number = words.get(w).stream().anyMatch(QueryTerm::numeric);
      boolean unknownNoun = !known[w] && words.get(w).stream().anyMatch(QueryTerm::capitalized);
      if ((number || unknownNoun) && covered(w, evidenceContains) < 0.5) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which of the question's nouns and names (capitalised inside the question, with a rarity weight) the evidence
   * misses (covers less than half of); the noun at {@code exemptWord} (the class the answer is an instance of, as in
   * "Welche Geräte …") does not count.
   */
  public NounMisses missedNouns(Predicate<String> evidenceContains, int exemptWord) {
    int[] nouns = nouns(exemptWord);
    int missed = 0;
    double total = 0;
    double missedWeight = 0;
    for (int w : nouns) {
      total += weights[w];
      if (covered(w, evidenceContains) < 0.5) {
        missed++;
        missedWeight += weights[w];
      }
    }
    return new NounMisses(missed, nouns.length, total == 0 ? 0 : missedWeight / total);
  }

  /**
   * The question's nouns and names some evidence misses.
   *
   * @param missed how many it misses
   * @param nouns how many there are
   * @param weightShare the share of their rarity weight it misses, in [0, 1] (0 for a question without them): a common
   *     noun the answer need not repeat (the country all releases are about) weighs little, the rare noun the question
   *     is about weighs much
   */
  public record NounMisses(int missed, int nouns, double weightShare) {}

  /**
   * The query terms of the rarest question word (the highest rarity weight; the first of equals) the evidence covers at
   * least half of, the word at {@code exemptWord} left out: what the evidence is about among the question's words.
   * Empty when it covers none.
   */
  public Set<String> rarestCovered(Predicate<String> evidenceContains, int exemptWord) {
    int rarest = -1;
    for (int w = 0; w < words.size(); w++) {
      if (weights[w] > 0 && words.get(w).get(0).word() != exemptWord && covered(w, evidenceContains) >= 0.5
          && (rarest < 0 || weights[w] > weights[rarest])) {
        rarest = w;
      }
    }
    return rarest < 0 ? Set.of() : words.get(rarest).stream().map(QueryTerm::term).collect(Collectors.toSet());
  }

  /**
   * The positions in {@link #words} of the nouns and names with a rarity weight, except the one at
   * {@code exemptWord}.
   */
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

  /** How much of the question word at {@code word} the evidence holds (see {@link QuestionWord#coveredBy}). */
  private double covered(int word, Predicate<String> present) {
    return forms[word].coveredBy((term, hash) -> present.test(term));
  }

  private double covered(int word, QuestionWord.TermTest present) {
    return forms[word].coveredBy(present);
  }

  private static Map<Integer, List<QueryTerm>> byWord(List<QueryTerm> terms) {
    Map<Integer, List<QueryTerm>> words = new TreeMap<>();
    for (QueryTerm term : terms) {
      words.computeIfAbsent(term.word(), w -> new ArrayList<>()).add(term);
    }
    return words;
  }
}
