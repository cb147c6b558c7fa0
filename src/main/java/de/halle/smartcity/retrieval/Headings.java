package de.halle.smartcity.retrieval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises headings among a document's plain-text paragraphs: a short paragraph without terminal punctuation, or a
 * short question (as in a FAQ), that introduces a paragraph of prose (one that ends like a sentence). A run of short lines (an address, opening hours)
 * is a list, not a heading. Stateless.
 */
final class Headings {

  /** Longer paragraphs are prose even without a full stop. */
  static final int MAX_CHARS = 80;

  private static final Pattern TERMINAL = Pattern.compile("[.!?:;…][\"'“”«»)\\]]*$");

  private Headings() {}

  /** True when paragraph {@code p} is a heading. */
  static boolean isHeading(List<String> paragraphs, int p) {
    String text = paragraphs.get(p).strip();
    return text.length() <= MAX_CHARS && (!endsLikeSentence(text) || text.endsWith("?"))
        && p + 1 < paragraphs.size() && endsLikeSentence(paragraphs.get(p + 1).strip());
  }

  /** True when the text ends with terminal punctuation, possibly followed by closing quotes or brackets. */
  static boolean endsLikeSentence(String text) {
    return TERMINAL.matcher(text).find();
  }
}
