package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers the compound a German question writes as an inflected adjective and a noun: "der musterige Tag" may ask for
 * the "Mustertag" a release names. When the adjective's stem (without its inflection ending) followed by the noun is a
 * word the releases use as a whole, the compound is offered as the first alternative of the noun ("musterige
 * Mustertag|Tag"); the adjective stays a word of its own and the noun an alternative, as English adjective compounds do
 * ({@link EnglishCompounding}). Immutable and thread-safe.
 */
final class AdjectiveCompounds {

  /** What joins the alternatives of one question word ({@link de.halle.smartcity.retrieval.AlternativeWords}). */
  private static final String BAR = "|";
  private static final Pattern WORD = Pattern.compile("[\\p{L}|]+");
  /** The inflection endings of an attributive German adjective, longest first. */
  private static final List<String> ENDINGS = List.of("en", "em", "er", "es", "e");
  /** A shorter stem is no adjective. */
  private static final int MIN_STEM = 3;

  private AdjectiveCompounds() {}

  /**
   * The question with each noun that follows an inflected adjective offered as the compound of both first, when
   * {@code knownWhole} says the releases use that compound as a word of its own; other words unchanged. Both words
   * must be words {@code contentWord} accepts: an article or pronoun ("eine", "keine", "diese") is no adjective, and
   * a stop word ("zum ersten Mal") is no noun.
   */
  static String joined(String question, Predicate<String> contentWord, Predicate<String> knownWhole) {
    List<int[]> words = words(question);
    StringBuilder out = new StringBuilder(question);
    for (int w = words.size() - 1; w > 0; w--) {
      int[] adjective = words.get(w - 1);
      int[] noun = words.get(w);
      if (!question.substring(adjective[1], noun[0]).isBlank()) {
        continue;
      }
      String compound = compound(question.substring(adjective[0], adjective[1]), question.substring(noun[0], noun[1]),
          w == 1);
      if (compound != null && contentWord.test(question.substring(adjective[0], adjective[1]))
          && contentWord.test(question.substring(noun[0], noun[1])) && knownWhole.test(compound)) {
        out.insert(noun[0], compound + BAR);
      }
    }
    return out.toString();
  }

  /**
   * The compound of an inflected adjective and the capitalised noun after it ("musterigen", "Tag" → "Mustertag"), or
   * null when the first word is no lower-case inflected word (but for the question's first word) or the second no
   * plain capitalised noun.
   */
  static String compound(String adjective, String noun, boolean first) {
    boolean capitalised = Character.isUpperCase(noun.codePointAt(0));
    boolean lower = Character.isLowerCase(adjective.codePointAt(0)) || first;
    if (!capitalised || !lower || noun.contains(BAR) || adjective.contains(BAR)) {
      return null;
    }
    String word = adjective.toLowerCase(Locale.GERMAN);
    for (String ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
        return EnglishCompounding.compound(word.substring(0, word.length() - ending.length()), noun);
      }
    }
    return null;
  }

  /** The start and end offsets of the words of a text (a word may hold alternatives joined by the bar). */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(new int[] {matcher.start(), matcher.end()});
    }
    return words;
  }
}
