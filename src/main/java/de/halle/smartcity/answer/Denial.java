package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a sentence that denies what a question takes for granted: a negation word (from {@code
 * lang/de/negation-words.txt}) right before one of the question's nouns, as "Dorfen, Efeld und Fehausen sind
 * keine Partnerstädte von Musterstadt" for "Seit wann ist Dorfen Partnerstadt?". Such a sentence answers the
 * question as well as the date or number it asks for would. Immutable and thread-safe.
 */
final class Denial {

  private final Set<String> negations;

  Denial(Set<String> negations) {
    this.negations = Set.copyOf(negations);
  }

  /** Loads the words shipped in {@code lang/de/negation-words.txt}. */
  static Denial load() {
    return new Denial(LanguageTable.words("lang/de/negation-words.txt"));
  }

  /**
   * The analysed terms of the question's nouns (words capitalised inside it, each as the index analysis makes the
   * word itself, without compound parts); empty when the question has none.
   */
  List<String> nounsOf(String question, GermanAnalysis analysis) {
    List<String> words = GermanAnalysis.surfaceTokens(question);
    List<String> nouns = new ArrayList<>();
    for (int w = 1; w < words.size(); w++) {
      firstTerm(words.get(w), analysis).ifPresent(nouns::add);
    }
    return nouns;
  }

  /** Whether the sentence puts a negation word right before one of the given nouns ({@link #nounsOf}). */
  boolean denies(String sentence, List<String> nouns, GermanAnalysis analysis) {
    if (nouns.isEmpty() || !mayDeny(sentence)) {
      return false;
    }
    List<String> words = GermanAnalysis.surfaceTokens(sentence);
    for (int w = 0; w + 1 < words.size(); w++) {
      if (negations.contains(words.get(w).toLowerCase(Locale.GERMAN))
          && firstTerm(words.get(w + 1), analysis).filter(nouns::contains).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence contains a negation word at all, as part of a word or not: most candidate sentences do not, and
   * the check saves splitting each of them into words for every question.
   */
  private boolean mayDeny(String sentence) {
    String lower = sentence.toLowerCase(Locale.GERMAN);
    return negations.stream().anyMatch(lower::contains);
  }

  /** The term the index analysis makes of a capitalised word itself, if any. */
  private static Optional<String> firstTerm(String word, GermanAnalysis analysis) {
    if (!Character.isUpperCase(word.codePointAt(0))) {
      return Optional.empty();
    }
    return analysis.wordIndexTerms(word).stream().findFirst();
  }
}
