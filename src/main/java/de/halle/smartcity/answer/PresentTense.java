package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Questions about how things are now ("Wer ist Oberbürgermeister?"): a present form of "sein" from {@code
 * lang/de/tense-words.tsv}, no past word, no year, and a noun or name as the last word (so "ist" is no perfect-tense
 * auxiliary, as in "Wer ist zur Messe gereist?"). Such a question is answered from the newest release that states it:
 * among candidates that answer it about equally well, newer releases come first, and within a release a sentence
 * without a past word ("war", "wurde", "ehemalige") before one with; a sentence with a past word is not quoted beside
 * the answer. Immutable and thread-safe.
 */
final class PresentTense {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}]+");

  private final Set<String> present;
  private final Set<String> past;

  /** With the lower-case present forms of "sein" and the lower-case words that tell the past. */
  PresentTense(Set<String> present, Set<String> past) {
    this.present = Set.copyOf(present);
    this.past = Set.copyOf(past);
  }

  /** Loads the words shipped in {@code lang/de/tense-words.tsv}. */
  static PresentTense load() {
    Set<String> present = new HashSet<>();
    Set<String> past = new HashSet<>();
    for (LanguageTable.Row row : LanguageTable.read("lang/de/tense-words.tsv", 2)) {
      switch (row.column(1)) {
        case "present" -> present.add(row.column(0));
        case "past" -> past.add(row.column(0));
        default -> throw row.problem("expected 'present' or 'past' but found '" + row.column(1) + "'");
      }
    }
    return new PresentTense(present, past);
  }

  /** Whether the question asks how things are now (see the class comment). */
  boolean asksForPresent(String question) {
    List<String> words = GermanAnalysis.surfaceTokens(question);
    if (words.isEmpty() || !Character.isUpperCase(words.get(words.size() - 1).codePointAt(0))) {
      return false;
    }
    List<String> lower = words.stream().map(word -> word.toLowerCase(Locale.GERMAN)).toList();
    return lower.stream().anyMatch(present::contains) && lower.stream().noneMatch(past::contains)
        && words.stream().noneMatch(word -> YEAR.matcher(word).matches());
  }

  /** Whether a sentence uses a word that tells the past. */
  boolean tellsPast(String sentence) {
    for (String word : WORD_BREAK.split(sentence.toLowerCase(Locale.GERMAN))) {
      if (past.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidates for a question that asks how things are now, in the order they are tried as the answer: those
   * {@code answersAsWell} accepts first, ordered by {@code releaseOrder} (the preferred release first) and, within a
   * release, the ones whose {@code sentence} tells no past first, each group in its ranking order; then the rest.
   */
  <T> List<T> order(List<T> ranked, Predicate<T> answersAsWell, Comparator<T> releaseOrder,
      Function<T, String> sentence) {
    List<T> first = new ArrayList<>();
    List<T> rest = new ArrayList<>();
    ranked.forEach(e -> (answersAsWell.test(e) ? first : rest).add(e));
    first.sort(releaseOrder.thenComparing(e -> tellsPast(sentence.apply(e))));
    first.addAll(rest);
    return first;
  }
}
