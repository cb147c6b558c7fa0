package de.halle.smartcity.telegram;

import java.util.Locale;

/** Escaping for Telegram's HTML parse mode, which knows only {@code &amp; &lt; &gt; &quot;} as named entities. */
final class Html {
  private Html() {}

  /** Escapes text for use between tags. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A link to {@code url} labelled {@code label}; falls back to the escaped label alone when the URL is not an
   * absolute http(s) address, so a broken front matter never produces broken markup.
   */
  static String link(String url, String label) {
    if (!isWebAddress(url)) {
      return escape(label);
    }
    return "<a href=\"" + escape(url.strip()) + "\">" + escape(label) + "</a>";
  }

  /** True for an absolute http(s) address without whitespace or control characters. */
  static boolean isWebAddress(String url) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("https://") && trimmed.length() > "https://".length()
        || lower.startsWith("http://") && trimmed.length() > "http://".length();
    return web && trimmed.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
  }
}
