package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes out the sentences an answer quotes from one release: in reading order, where room is left each preceded by the
 * heading it stands under (a list item or a short sentence needs it to make sense), unless the heading repeats the
 * title or adds no word to the sentence; a heading the answer needs (one that alone says what is asked) always. Stateless.
 */
final class SentencesWithHeadings {

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern PUNCTUATED = Pattern.compile("[.!?:;…][\"'“”«»)\\]]*$");

  private SentencesWithHeadings() {}

  /**
   * The answer text: the chosen sentences in reading order, joined by spaces; the first chosen sentence under a heading
   * (other than the title) is preceded by that heading, with a colon unless it ends with punctuation, while the text
   * stays within the budget (headings are added in reading order; one that does not fit is left out). A heading never
   * stands between two chosen sentences under it: where the first needs none, the later ones get none either.
   * {@code needed} (or "" for none) is shown over the chosen sentences under it whatever the budget, unless it is
   * the title, which the answer's source line shows.
   */
  static String text(IndexedDocument document, List<Integer> chosen, String needed, int budget) {
    List<Integer> introduced = firstUnderTheirHeadings(document, chosen);
    Set<String> shown = new HashSet<>();
    if (!needed.isEmpty() && !isTitle(document, needed)) {
      shown.add(needed);
    }
    for (int sentence : introduced) {
      String heading = shownHeading(document, sentence);
      if (!heading.isEmpty() && !shown.contains(heading)) {
        shown.add(heading);
        if (text(document, chosen, introduced, shown).length() > budget) {
          shown.remove(heading);
        }
      }
    }
    return text(document, chosen, introduced, shown);
  }

  private static String text(IndexedDocument document, List<Integer> chosen, List<Integer> introduced,
      Set<String> headings) {
    StringBuilder text = new StringBuilder();
    for (int sentence : chosen) {
      String heading = !introduced.contains(sentence) ? ""
          : headings.contains(document.headingOf(sentence)) ? document.headingOf(sentence)
          : shownHeading(document, sentence);
      if (headings.contains(heading)) {
        text.append(text.length() > 0 ? " " : "").append(heading).append(PUNCTUATED.matcher(heading).find() ? "" : ":");
      }
      text.append(text.length() > 0 ? " " : "").append(document.sentences().get(sentence));
    }
    return text.toString();
  }

  /** The chosen sentences (in reading order) that come first among the chosen ones under the same heading. */
  private static List<Integer> firstUnderTheirHeadings(IndexedDocument document, List<Integer> chosen) {
    Set<String> seen = new HashSet<>();
    return chosen.stream().filter(sentence -> seen.add(document.headingOf(sentence))).toList();
  }

  /**
   * The heading a sentence stands under, or "" when it has none, repeats the title, starts in lower case (then it is
   * more likely the last line of a list than a heading) or adds nothing because the sentence uses all its words.
   */
  private static String shownHeading(IndexedDocument document, int sentence) {
    String heading = document.headingOf(sentence);
    boolean shown = !heading.isEmpty() && Character.isUpperCase(heading.codePointAt(0))
        && !isTitle(document, heading)
        && !words(document.sentences().get(sentence)).containsAll(words(heading));
    return shown ? heading : "";
  }

  /** The characters a needed heading takes before its sentence: itself, a colon and a space. */
  static int room(String needed) {
    return needed.isEmpty() ? 0 : needed.length() + 2;
  }

  private static boolean isTitle(IndexedDocument document, String heading) {
    return heading.equalsIgnoreCase(document.document().title().strip());
  }

  /** The lower-case words of a text. */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
