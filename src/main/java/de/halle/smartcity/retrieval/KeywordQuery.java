package de.halle.smartcity.retrieval;

import java.util.List;

/**
 * Tells a message of a few keywords ("Öffnungszeiten Gesundheitsamt", "Stadtfesttag 2023 Ort") from a sentence: it has
 * at most {@link #MAX_WORDS} words and ends without a question mark or other sentence punctuation. In such a message
 * the first word is usually a noun too, and a message written all in lower case still names things. Immutable.
 */
public final class KeywordQuery {

  /** More words than this make a sentence, even without punctuation. */
  static final int MAX_WORDS = 6;

  private KeywordQuery() {}

  /** Whether the message is a few keywords rather than a sentence. */
  public static boolean is(String message) {
    return !words(message).isEmpty();
  }

  /**
   * The words of a keyword message as written ({@link GermanAnalysis#surfaceTokens}), or none for a sentence; a message
   * ending like a sentence is not split into words at all.
   */
  public static List<String> words(String message) {
    if (endsLikeASentence(message)) {
      return List.of();
    }
    List<String> surface = GermanAnalysis.surfaceTokens(message);
    return surface.size() <= MAX_WORDS ? surface : List.of();
  }

  /** As {@link #is(String)}, for a caller who has the message's {@link GermanAnalysis#surfaceTokens} already. */
  static boolean is(String message, List<String> surface) {
    return !endsLikeASentence(message) && !surface.isEmpty() && surface.size() <= MAX_WORDS;
  }

  private static boolean endsLikeASentence(String message) {
    String text = message.strip();
    return text.isEmpty() || ".?!:;".indexOf(text.charAt(text.length() - 1)) >= 0;
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
