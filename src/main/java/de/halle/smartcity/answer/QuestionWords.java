package de.halle.smartcity.answer;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The words of a question that play a part for the kind of fact it asks ({@link AskedType}), read with the lines of
 * kind {@code *} of {@code lang/de/asked-types.tsv}: its lower-case words, the noun naming the class a "welche"
 * question asks for an instance of, and the words asking for a coming occurrence. Stateless and thread-safe.
 */
final class QuestionWords {

  /** What separates a question's or a sentence's words. */
  static final Pattern SEPARATORS = Pattern.compile("[\\s,;.:!?()\"„“”]+");
  private static final Pattern WHICH = AskedTypeExpressions.shipped().general(Role.CLASS_WORD);
  private static final Pattern UPCOMING = AskedTypeExpressions.shipped().general(Role.UPCOMING);

  private QuestionWords() {}

  /**
   * The question's lower-case words, as {@link HeldFacts#heldBy} leaves them out of a sentence; split once per
   * question.
   */
  static Set<String> of(String question) {
    return new HashSet<>(Arrays.asList(SEPARATORS.split(question.toLowerCase(Locale.GERMAN))));
  }

  /**
   * The position (in {@link GermanAnalysis#surfaceTokens}) of the noun a "welche" question asks for an instance of
   * ("Welche amerikanischen Städte …" → "Städte"), or -1.
   */
  static int askedClass(String question) {
    List<String> words = GermanAnalysis.surfaceTokens(question);
    for (int w = 0; w < words.size(); w++) {
      if (WHICH.matcher(words.get(w)).matches()) {
        for (int n = w + 1; n < Math.min(words.size(), w + 3); n++) {
          if (Character.isUpperCase(words.get(n).charAt(0))) {
            return n;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The position of the noun naming the class the answer is an instance of ({@link #askedClass}), or -1 for a
   * question asking for a way ({@link AskedType#PROCEDURE}): there the noun names the means ("Mit welcher Straßenbahn
   * komme ich …"), which an answer has to mention.
   */
  static int answerClass(AskedType asked, String question) {
    return asked == AskedType.PROCEDURE ? -1 : askedClass(question);
  }

  /**
   * Whether the question asks when the next or a coming occurrence is ("Wann ist der nächste …?"): a date or day
   * question ({@link AskedType#answeredByValue}) with a word of the {@code upcoming} line; "die nächste Straßenbahn"
   * in another kind of question is not.
   */
  static boolean asksUpcoming(AskedType asked, String question) {
    return asked.answeredByValue() && UPCOMING.matcher(question.toLowerCase(Locale.GERMAN)).find();
  }

  /**
   * The positions (in {@link GermanAnalysis#surfaceTokens}) of the words asking for a coming occurrence ("nächste",
   * "kommende") in a question that {@link #asksUpcoming}; empty in any other. A release cannot name them (its dates are
   * compared with today instead, see {@link PastEventNote}), so they do not count as question words it has to cover.
   */
  static List<Integer> upcoming(AskedType asked, String question) {
    if (!asksUpcoming(asked, question)) {
      return List.of();
    }
    List<String> words = GermanAnalysis.surfaceTokens(question);
    return IntStream.range(0, words.size())
        .filter(w -> UPCOMING.matcher(words.get(w).toLowerCase(Locale.GERMAN)).matches()).boxed().toList();
  }
}
