package de.halle.smartcity.retrieval;

import java.util.List;

/**
 * Tells a message of a few keywords ("Öffnungszeiten Gesundheitsamt", "Digitaltag 2023 Ort") from a sentence: it has
 * at most {@link #MAX_WORDS} words and ends without a question mark or other sentence punctuation. In such a message
 * the first word is usually a noun too, and a message written all in lower case still names things. Immutable.
 */
public final class KeywordQuery {

  /** More words than this make a sentence, even without punctuation. */
  static final int MAX_WORDS = 6;

  private KeywordQuery() {}

  /** Whether the message is a few keywords rather than a sentence. */
  public static boolean is(String message) {
    String text = message.strip();
    if (text.isEmpty() || ".?!:;".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int words = GermanAnalysis.surfaceTokens(text).size();
    return words > 0 && words <= MAX_WORDS;
  }

  /**
   * Whether the surface word at {@code word} counts as a noun or name: capitalised inside the message, or, in a
   * keyword message, capitalised at its start or written in a message without any capital letter.
   */
  static boolean noun(List<String> surface, int word, boolean keywords) {
    if (word < 0 || word >= surface.size()) {
      return false;
    }
    boolean capital = Character.isUpperCase(surface.get(word).charAt(0));
    if (!keywords) {
      return word > 0 && capital;
    }
    return capital || surface.stream().noneMatch(w -> w.chars().anyMatch(Character::isUpperCase));
  }
}
