package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a question that place it relative to the day it is asked ("heute", "morgen", from {@code
 * lang/de/relative-time-words.txt}): dated press releases answer such a question only with a sentence that uses the
 * same word, as "Wie ist das Wetter morgen?" is not answered by a sentence about a weather app. Immutable and
 * thread-safe.
 */
final class RelativeTime {

  private final Set<String> words;

  RelativeTime(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** Loads the words shipped in {@code lang/de/relative-time-words.txt}. */
  static RelativeTime load() {
    return new RelativeTime(LanguageTable.words("lang/de/relative-time-words.txt"));
  }

  /** The question's relative time words as {@code analysis} indexes them; empty for most questions. */
  List<String> termsOf(String question, GermanAnalysis analysis) {
    return GermanAnalysis.surfaceTokens(question).stream()
        .filter(word -> Character.isLowerCase(word.charAt(0)) && words.contains(word.toLowerCase(Locale.GERMAN)))
        .flatMap(word -> analysis.indexTerms(word).stream())
        .toList();
  }
}
