package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a short follow-up ("Und 2020?") into a full question by merging it with the chat's previous questions: the
 * earlier question's words stay, its numbers give way to the follow-up's numbers. The openers ("Und …", "What about …")
 * are read once from {@code lang/follow-up-openers.txt}. Stateless.
 */
final class FollowUp {

  private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
  /** The shipped openers, one per line. */
  static final String OPENERS = "lang/follow-up-openers.txt";
  private static final Pattern PLAIN_WORDS = Pattern.compile("\\p{Ll}+( \\p{Ll}+)*");
  private static final Pattern OPENER = opener(OPENERS);
  private static final int MAX_FOLLOW_UP_WORDS = 6;

  private FollowUp() {}

  /**
   * The openers of a data file as one expression matching any of them at the start of a text, the longest first, so
   * "und was ist mit" is left out of a merged question as a whole and not only its "und".
   *
   * @throws IllegalStateException naming the file and line of an opener that is not lower-case words, or the file when
   *     it has none
   */
  static Pattern opener(String resource) {
    List<String> openers = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 1)) {
      if (!PLAIN_WORDS.matcher(row.column(0)).matches()) {
        throw row.problem("expected lower-case words separated by single spaces but found '" + row.column(0) + "'");
      }
      openers.add(row.column(0));
    }
    if (openers.isEmpty()) {
      throw new IllegalStateException(resource + ": no follow-up opener");
    }
    openers.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile("^(" + String.join("|", openers) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The question to search for: the text itself, or the text merged with the earlier questions it follows. */
  static String resolve(String text, List<String> recentQuestions) {
    String merged = null;
    for (String earlier : recentQuestions) {
      merged = merged == null || !isFollowUp(earlier) ? earlier : merge(merged, earlier);
    }
    return merged == null || !isFollowUp(text) ? text : merge(merged, text);
  }

  /** A follow-up is short and starts like "Und …?" / "What about …?", or consists of numbers only. */
  static boolean isFollowUp(String text) {
    String stripped = text.strip();
    int words = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    if (words == 0 || words > MAX_FOLLOW_UP_WORDS) {
      return false;
    }
    String lettersOnly = NUMBER.matcher(stripped).replaceAll("").replaceAll("[\\p{Punct}\\s]", "");
    return OPENER.matcher(stripped).find() || lettersOnly.isEmpty();
  }

  private static String merge(String earlier, String followUp) {
    String rest = OPENER.matcher(followUp.strip()).replaceFirst("").strip();
    String base = NUMBER.matcher(followUp).find() ? NUMBER.matcher(earlier).replaceAll("") : earlier;
    return base.replaceAll("[?!.]+\\s*$", "").replaceAll("\\s+", " ").strip() + " " + rest;
  }
}
