package de.halle.smartcity.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a short follow-up ("Und 2020?") into a full question by merging it with the chat's previous questions: the
 * earlier question's words stay, its numbers give way to the follow-up's numbers. Stateless.
 */
final class FollowUp {

  private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
  private static final Pattern OPENER = Pattern.compile(
      "^(und|aber|auch|sowie|and|what about|how about|und was ist mit|und wie ist es mit|wie ist es mit|was ist mit)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_FOLLOW_UP_WORDS = 6;

  private FollowUp() {}

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
