package de.halle.smartcity.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Levenshtein distance, used to suggest the field name an editor probably meant. */
final class EditDistance {

  private EditDistance() {}

  /** Returns the candidate closest to {@code word} (ignoring case), the first one on a tie. */
  static String closest(String word, List<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    return candidates.stream().min(Comparator.comparingInt(c -> between(lower, c))).orElseThrow();
  }

  /** Returns the number of single-character insertions, deletions and substitutions turning a into b. */
  static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
