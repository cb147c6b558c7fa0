package de.halle.smartcity.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The event a date question asks about, as a word family of {@code lang/de/event-words.tsv} ("gegründet", "eröffnet",
 * "beschlossen"): "Wann wurde der Musterverein gegründet?" is answered only by a sentence naming that event, since
 * the dates of any other sentence about the club belong to other events. Immutable and thread-safe.
 */
final class AskedEvent {

  /** The shipped vocabulary. */
  static final String SHIPPED = "lang/de/event-words.tsv";

  private final List<Pattern> families;

  AskedEvent(List<Pattern> families) {
    this.families = List.copyOf(families);
  }

  /** The shipped families; a malformed line stops the start, naming the file and line. */
  static AskedEvent load() {
    return new AskedEvent(LanguageTable.read(SHIPPED, 1).stream().map(AskedEvent::family).toList());
  }

  private static Pattern family(LanguageTable.Row row) {
    try {
      return Pattern.compile(row.column(0), Pattern.UNICODE_CHARACTER_CLASS);
    } catch (PatternSyntaxException e) {
      throw row.problem("not a valid regular expression: " + e.getDescription() + " in '" + row.column(0) + "'");
    }
  }

  /**
   * The test for one question's candidate sentences: true for a sentence using a word of the family of the
   * question's event word; true for every sentence when the question uses no such word. A question word of
   * alternatives ("eingeweiht|eröffnet", as an English question's glossary translation writes them) asks for the
   * family of each alternative.
   */
  Predicate<String> of(String question) {
    List<String> words = List.of(QuestionWords.SEPARATORS.split(question.toLowerCase(Locale.GERMAN)));
    for (Pattern family : families) {
      Optional<String> word = words.stream().filter(w -> alternatives(w).anyMatch(a -> family.matcher(a).matches()))
          .findFirst();
      if (word.isPresent()) {
        List<Pattern> asked = alternatives(word.get()).map(this::familyOf).flatMap(Optional::stream).distinct()
            .toList();
        return sentence -> asked.stream().anyMatch(each -> usesWordOf(each, sentence));
      }
    }
    return sentence -> true;
  }

  /** The first family a word belongs to. */
  private Optional<Pattern> familyOf(String word) {
    return families.stream().filter(family -> family.matcher(word).matches()).findFirst();
  }

  private static Stream<String> alternatives(String word) {
    return Arrays.stream(word.split("\\|"));
  }

  private static boolean usesWordOf(Pattern family, String text) {
    for (String word : QuestionWords.SEPARATORS.split(text.toLowerCase(Locale.GERMAN))) {
      if (family.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }
}
