package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * For a question asking about something by a name in quotes ("Was bietet die App „Unser Muster“?"): an answer must name
 * it, in one of its sentences, its heading or the release title. The question searches the name's words alone, and an
 * answer sharing only its common words ("Muster") is about something else. A name is compared without case, spaces
 * and hyphens ("„Muster Plan“" is named by "Musterplan"). Immutable.
 *
 * @param names the question's quoted names, each folded ({@link #folded}); read once per question
 */
record QuotedName(List<String> names) implements Predicate<Evidence> {

  /** A quoted name: opening quote, a capital letter, up to the closing quote. */
  private static final Pattern QUOTED =
      Pattern.compile("[\u201e\u201c\"\u00bb\u00ab](\\p{Lu}[^\u201e\u201c\u201d\"\u00bb\u00ab]*)[\u201c\u201d\"\u00ab\u00bb]");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Tells no sentence: the question quotes no name. */
  static final QuotedName NONE = new QuotedName(List.of());

  QuotedName {
    names = List.copyOf(names);
  }

  /** The question's quoted names that start with a capital letter; {@link #NONE} when it has none. */
  static QuotedName of(String question) {
    Matcher quoted = QUOTED.matcher(question);
    List<String> names = quoted.results().map(result -> folded(result.group(1))).filter(name -> !name.isEmpty())
        .toList();
    return names.isEmpty() ? NONE : new QuotedName(names);
  }

  /**
   * Whether a candidate cannot answer: its sentence, the sentences beside it, its heading and its release's title all
   * lack one of the question's quoted names.
   */
  @Override
  public boolean test(Evidence e) {
    if (names.isEmpty()) {
      return false;
    }
    int sentence = e.sentence();
    List<String> sentences = e.document().document().sentences();
    return lacksOne(e, IntStream.rangeClosed(sentence - 1, sentence + 1)
        .filter(s -> s >= 0 && s < sentences.size()).boxed().toList());
  }

  /** Whether the chosen sentences of an answer around {@code anchor}, its heading and title lack a quoted name. */
  boolean lacksOne(Evidence anchor, List<Integer> chosen) {
    if (names.isEmpty()) {
      return false;
    }
    IndexedDocument document = anchor.document().document();
    StringBuilder seen = new StringBuilder(folded(document.headingOf(anchor.sentence())))
        .append(' ').append(folded(document.document().title()));
    chosen.forEach(s -> seen.append(' ').append(folded(document.sentences().get(s))));
    return names.stream().anyMatch(name -> seen.indexOf(name) < 0);
  }

  /** The text in lower case without anything but letters and digits. */
  static String folded(String text) {
    return NOT_A_LETTER.matcher(text.toLowerCase(Locale.GERMAN)).replaceAll("");
  }
}
