package de.halle.smartcity.answer;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Forms of address before a name ({@code lang/de/honorifics.txt}): in "Wer ist Frau Muster?" the word only addresses
 * the person the name names, so where the releases never use it (they name a person by name and role), the search
 * leaves it out and asks "Wer ist Muster?". Followed by a word in lower case ("seine Frau vor …") it is a noun of its
 * own and stays.
 * Immutable and thread-safe.
 */
final class Honorifics {

  private final Pattern addressing;

  /** With the forms of address, lower case. */
  Honorifics(Set<String> words) {
    String any = words.stream().sorted().map(Honorifics::capitalised).map(Pattern::quote)
        .collect(Collectors.joining("|"));
    this.addressing = Pattern.compile("(?<!\\p{L})(" + any + ")\\s+(?=\\p{Lu})", Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** Loads the words shipped in {@code lang/de/honorifics.txt}. */
  static Honorifics load() {
    return new Honorifics(LanguageTable.words("lang/de/honorifics.txt"));
  }

  /**
   * The question without each form of address that stands before a capitalised word and that the releases do not use
   * ({@code releasesUse}: whether they do; where they write "Herr Muster", the form is part of how they name him).
   */
  String without(String question, Predicate<String> releasesUse) {
    return addressing.matcher(question)
        .replaceAll(found -> releasesUse.test(found.group(1)) ? Matcher.quoteReplacement(found.group()) : "");
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.GERMAN) + word.substring(1);
  }
}
