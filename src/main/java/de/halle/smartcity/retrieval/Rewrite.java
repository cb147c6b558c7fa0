package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One term the synonyms file puts for a question and the question words it stands for. A rewrite of two or more of the
 * question's words that have terms of their own ("Rad ausleihen => Radverleih", made up) means the phrase as a whole:
 * it stands for each of those words, and their own terms count only as its synonyms, so that text holding the words
 * one by one in other senses ("Räder und Ausleihe") does not outrank text naming what the phrase means. A rewrite of
 * one such word (alone or with stop words: "wie lange => dauer") is a synonym of the word it starts at.
 *
 * @param term the synonym's analysed term
 * @param words the question words (group positions, see {@link AlternativeWords}) it stands for, in order
 */
record Rewrite(String term, List<Integer> words) {

  Rewrite {
    words = List.copyOf(words);
  }

  /** Whether the rewrite replaces a phrase of several words that have terms of their own. */
  boolean phrase() {
    return words.size() > 1;
  }

  /**
   * The rewrite of a synonym term found between the offsets {@code start} and {@code end} of the question, whose words
   * start and end at {@code offsets}; {@code group} gives each word's group and {@code hasTerms} whether the word
   * has terms of its own.
   */
  static Rewrite of(String term, int start, int end, List<int[]> offsets, int[] group, IntPredicate hasTerms) {
    int first = 0;
    while (first + 1 < offsets.size() && offsets.get(first + 1)[0] <= start) {
      first++;
    }
    List<Integer> words = new ArrayList<>();
    for (int w = first; w < offsets.size() && offsets.get(w)[0] < end; w++) {
      if (hasTerms.test(w) && !words.contains(group[w])) {
        words.add(group[w]);
      }
    }
    return new Rewrite(term, words.size() > 1 ? words : List.of(group[first]));
  }
}
