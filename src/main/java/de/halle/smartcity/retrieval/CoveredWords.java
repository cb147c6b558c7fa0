package de.halle.smartcity.retrieval;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which of a question's words some evidence covers, one word at a time (a word counts as covered when the evidence
 * holds at least half of it): whether it names every distinctive word, which nouns it misses, which word it is about.
 * Obtained from {@link QuestionCoverage#words()}. Immutable.
 */
public final class CoveredWords {

  private final WeightedWord[] words;

  CoveredWords(WeightedWord[] words) {
    this.words = words;
  }

  /**
   * True when the evidence covers (at least half of) every distinctive question word: every number, and every noun or
   * name (capitalised inside the question) that the releases do not use, neither as such nor through a synonym nor
   * through most of its compound parts (the German alternatives of an English word are one word, known when one of
   * them is).
   */
  public boolean coversDistinctive(Predicate<String> evidenceContains, int exemptWord) {
    for (WeightedWord word : words) {
      if (word.position() == exemptWord) {
        continue;
      }
      boolean unknownNoun = !word.known() && word.capitalized();
      if ((word.numeric() || unknownNoun) && word.coveredBy(evidenceContains) < 0.5) {
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
    WeightedWord[] nouns = Arrays.stream(words).filter(w -> w.weight() > 0 && w.capitalized() && !w.numeric()
        && w.position() != exemptWord).toArray(WeightedWord[]::new);
    int missed = 0;
    double total = 0;
    double missedWeight = 0;
    for (WeightedWord noun : nouns) {
      total += noun.weight();
      if (noun.coveredBy(evidenceContains) < 0.5) {
        missed++;
        missedWeight += noun.weight();
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
    WeightedWord rarest = null;
    for (WeightedWord word : words) {
      if (word.weight() > 0 && word.position() != exemptWord && word.coveredBy(evidenceContains) >= 0.5
          && (rarest == null || word.weight() > rarest.weight())) {
        rarest = word;
      }
    }
    return rarest == null ? Set.of() : rarest.terms().stream().map(QueryTerm::term).collect(Collectors.toSet());
  }
}
