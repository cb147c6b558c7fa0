package de.halle.smartcity.answer;

import de.halle.smartcity.privacy.PersonalDataKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where a writer names themself inside a sentence that asks ("Ich, Sabine Muster, möchte wissen, wann der Stadtfesttag
 * war?"): the self-introduction is no search word, and the editors' question log must not keep the name. The
 * expressions come from {@code lang/self-introductions.txt}. Thread-safe.
 */
final class SelfIntroductions {

  static final String RESOURCE = "lang/self-introductions.txt";
  /** Words that are no part of a name and end it ("Mein Name ist Anna Schulze Wann ist …"). */
  static final String NAME_ENDING_WORDS = "lang/name-ending-words.txt";
  /** Where an expression names the writer with any capitalised words ("Mein Name ist {name}"). */
  static final String NAME = "{name}";
  /** Where an expression names the writer with a given name first ("Ich bin {given-name}"). */
  static final String GIVEN_NAME = "{given-name}";
  private static final String CAPITALISED = "(?-i:\\p{Lu}[\\p{L}'’-]*)";
  private static final String WORD_END = "(?![\\p{L}'’-])";
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");
  /** Not inside a word: at its start, or where the expression starts with punctuation (", Sabine,"). */
  private static final String BOUNDARY_BEFORE = "(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))";
  private static final String BOUNDARY_AFTER = "(?:(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}]))";
  /** Separators left at the start when a self-introduction opened the text. */
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,;:–-]+");
  /** Where a self-introduction was taken out, while the text is joined again; a character no message holds. */
  private static final String HOLE = "\u0000";
  /** A hole with the spaces before it and the separators after it, before a word: one space joins the two sides. */
  private static final Pattern HOLE_BEFORE_WORD =
      Pattern.compile("\\s*(?:" + HOLE + "[\\s,;:]*)+(?=[\\p{L}\\p{N}])");
  private static final Pattern HOLE_REST = Pattern.compile("\\s*" + HOLE);
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final List<Pattern> expressions;

  /** With expressions holding the writer's name as group {@code name}. */
  SelfIntroductions(List<Pattern> expressions) {
    this.expressions = List.copyOf(expressions);
  }

  /** The shipped expressions; a malformed line of either file stops the start, naming file and line. */
  static SelfIntroductions load() {
    return read(RESOURCE, MessageChatter.givenNames(MessageChatter.GIVEN_NAMES), nameEndingWords(NAME_ENDING_WORDS));
  }

  /**
   * Reads one expression per line, {@code givenNames} a group matching any given name, {@code nameEnding} one matching
   * any word that ends a name.
   *
   * @throws IllegalStateException naming the file and line of a malformed expression
   */
  static SelfIntroductions read(String resource, String givenNames, String nameEnding) {
    String nameWord = "(?!" + nameEnding + WORD_END + ")" + CAPITALISED;
    String given = "(?<name>" + givenNames + "(?: " + nameWord + "){0,2})";
    String named = "(?<name>(?:" + givenNames + "|" + nameWord + ")(?: " + nameWord + "){0,2})";
    List<Pattern> expressions = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 1)) {
      String line = row.column(0);
      int placeholders = count(line, NAME) + count(line, GIVEN_NAME);
      if (placeholders != 1) {
        throw row.problem("expected one " + NAME + " or " + GIVEN_NAME + " but found " + placeholders);
      }
      String expression = line.replace(NAME, named).replace(GIVEN_NAME, given);
      try {
        expressions.add(Pattern.compile(BOUNDARY_BEFORE + "(?:" + expression + ")" + BOUNDARY_AFTER, FLAGS));
      } catch (PatternSyntaxException e) {
        IllegalStateException problem = row.problem("not a regular expression: " + e.getDescription());
        problem.initCause(e);
        throw problem;
      }
    }
    return new SelfIntroductions(expressions);
  }

  /**
   * A group matching any word of the resource, one lower-case word per line.
   *
   * @throws IllegalStateException naming the file and line of a line that is not one lower-case word
   */
  static String nameEndingWords(String resource) {
    return LanguageTable.alternatives(resource, LOWER_CASE_WORD, "one lower-case word");
  }

  private static int count(String text, String placeholder) {
    return text.split(Pattern.quote(placeholder), -1).length - 1;
  }

  /**
   * The text without its self-introductions: "Ich, Sabine Muster, möchte wissen, …" is "Ich möchte wissen, …", and the
   * separators after one go with it ("Hallo, hier Anna Schulze, wann …" is "Hallo, wann …").
   */
  String without(String text) {
    String joined = replaced(text, m -> HOLE);
    if (text.contains(HOLE)) {
      joined = joined.replace(HOLE, "");
    } else {
      joined = HOLE_REST.matcher(HOLE_BEFORE_WORD.matcher(joined).replaceAll(" ")).replaceAll("");
    }
    return LEADING_SEPARATORS.matcher(joined).replaceFirst("").strip();
  }

  /** The text with {@link PersonalDataKind#NAME}'s placeholder for the writer's name: "Ich, [NAME], möchte …". */
  String masked(String text) {
    return replaced(text, m -> m.group().substring(0, m.start("name") - m.start())
        + PersonalDataKind.NAME.placeholder() + m.group().substring(m.end("name") - m.start()));
  }

  private String replaced(String text, Function<Matcher, String> replacement) {
    String result = text;
    for (Pattern expression : expressions) {
      Matcher m = expression.matcher(result);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
      }
      result = m.appendTail(out).toString();
    }
    return result;
  }
}
