package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a question that asks whether something exists: one opening with a phrase of {@code
 * lang/de/existence-phrases.txt} ("Gibt es …?", "Gab es …?"), not one that asks where or which ("Wo gibt es …?").
 * Immutable and thread-safe.
 */
final class AskedExistence {

  /** The existence phrases. */
  static final String PHRASES = "lang/de/existence-phrases.txt";

  private final List<List<String>> phrases;

  AskedExistence(Set<String> phrases) {
    this.phrases = phrases.stream().map(p -> GermanAnalysis.surfaceTokens(p.toLowerCase(Locale.GERMAN)))
        .filter(words -> !words.isEmpty()).toList();
  }

  /** The shipped phrases; a missing file stops the start. */
  static AskedExistence load() {
    return new AskedExistence(LanguageTable.words(PHRASES));
  }

  /** Whether the question opens with one of the phrases, word for word, in any case. */
  boolean asks(String question) {
    List<String> words =
        GermanAnalysis.surfaceTokens(question).stream().map(w -> w.toLowerCase(Locale.GERMAN)).toList();
    return phrases.stream().anyMatch(phrase -> words.size() >= phrase.size()
        && words.subList(0, phrase.size()).equals(phrase));
  }
}
