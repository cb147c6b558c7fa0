package de.halle.smartcity.answer;

import java.util.regex.Pattern;

/**
 * Web addresses in a citizen's message ("https://…", "www.…"): the bot cannot open them, so they are no words to search
 * with. Punctuation right after an address (a question's "?") is not part of it, but a full stop left alone is dropped
 * with it. Stateless.
 */
final class WebAddresses {

  private static final Pattern ADDRESS =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*[^\\s.,;:!?)\\]»«“”\"'…]");
  private static final Pattern GAP = Pattern.compile("[ \\t]{2,}");
  /** A full stop or comma left alone where an address stood at a sentence's end ("Siehe www.example.org."). */
  private static final Pattern LEFT_ALONE = Pattern.compile("(?<=\\s|^)[.,;:!]+(?=\\s|$)");

  private WebAddresses() {}

  /** The text without its web addresses; the text itself when it has none. */
  static String without(String text) {
    if (!ADDRESS.matcher(text).find()) {
      return text;
    }
    String rest = LEFT_ALONE.matcher(ADDRESS.matcher(text).replaceAll("")).replaceAll("");
    return GAP.matcher(rest).replaceAll(" ").strip();
  }
}
