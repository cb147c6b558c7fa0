package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * Alternatives of one question word written with a bar between them and no space ("Kosten|gekostet", as an English
 * word's German translations are written): they count as one question word, the first as the word and the others as
 * its synonyms. Stateless.
 */
public final class AlternativeWords {

  /** What joins the alternatives of one question word. */
  static final String BAR = "|";

  private AlternativeWords() {}

  /**
   * For each word of a text as written ({@link GermanAnalysis#surfaceTokens}), the position of the first word of its
   * group, which a {@link QueryTerm#word()} of any alternative names: in "Reise|Fahrt nach Musterstadt" both
   * "Reise" and "Fahrt" belong to position 0.
   */
  public static int[] firstOfGroup(String text) {
    List<int[]> offsets = new ArrayList<>();
    QuestionTerms.read(text, new ArrayList<>(), offsets);
    return firstOfGroup(text, offsets);
  }

  /**
   * For each surface word of {@code text} (given by its start and end offsets), the position of the first word of its
   * group: its own position, or that of the word before it when only the bar stands between them.
   */
  static int[] firstOfGroup(String text, List<int[]> offsets) {
    int[] first = new int[offsets.size()];
    for (int w = 0; w < first.length; w++) {
      boolean joined = w > 0 && BAR.equals(text.substring(offsets.get(w - 1)[1], offsets.get(w)[0]));
      first[w] = joined ? first[w - 1] : w;
    }
    return first;
  }

  /** The text with each bar read as a space, for readers that do not know the notation (the embedding model). */
  static String spaced(String text) {
    return text.replace(BAR, " ");
  }
}
