package de.halle.smartcity.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a German plain-text paragraph into sentences, keeping abbreviations ("z. B.", "Dr.", "Nr. 5"), dates
 * ("11. und 12. Mai 2023", "11.05.2023"), names with a Roman numeral ("Queen Elisabeth II. 1981"), addresses and
 * quoted speech intact. Joining the sentences with single
 * spaces gives back the paragraph with its whitespace collapsed. Thread-safe.
 */
public final class GermanSentenceSplitter {

  /** Classpath location of the bundled abbreviation list. */
  public static final String ABBREVIATIONS_RESOURCE = "/lang/de-abbreviations.txt";

  /** Classpath location of the bundled determiners after which a number with a period is an ordinal. */
  public static final String DETERMINERS_RESOURCE = "/lang/de-ordinal-determiners.txt";

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern LETTER_RUN = Pattern.compile("(?:\\p{L}{1,2}\\.){2,}");
  private static final Pattern SINGLE_LETTER = Pattern.compile("\\p{L}\\.");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[./\\-–]+\\d+)*\\.");
  /** A number that may be an ordinal: at most three digits ("11."), not a date or a year. */
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}\\.");
  /** A range of ordinals written without spaces ("11.-14."), whose first number already carries a period. */
  private static final Pattern ORDINAL_RANGE = Pattern.compile("\\d+\\.[\\-–]\\d+\\.");
  /** A Roman numeral of two or more letters up to 39 with its period ("II.", "XIV."); one letter is an initial. */
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})\\.");
  /** What links two ordinals ("11. und 14.", "11. bis 14.", "11. – 14."). */
  private static final Set<String> ORDINAL_LINKS = Set.of("und", "bis", "oder", "-", "–");
  private static final String CLOSING = ")]}\"'“”‘’«»‹›";
  private static final String OPENING = "([{\"'„‚“‘»«›‹";

  private final Set<String> abbreviations = new HashSet<>();
  private final Set<String> sentenceFinalAbbreviations = new HashSet<>();
  private final Set<String> months = new HashSet<>();
  private final Set<String> determiners = new HashSet<>();

  /**
   * A splitter for the given abbreviation list lines (format of {@value #ABBREVIATIONS_RESOURCE}: one entry per
   * line, {@code #} comments, a trailing {@code " *"} marking an abbreviation that may also end a sentence).
   */
  public GermanSentenceSplitter(List<String> abbreviationLines) {
    this(abbreviationLines, List.of());
  }

  /**
   * A splitter for the given abbreviation list lines and determiner lines (format of {@value #DETERMINERS_RESOURCE}:
   * one lower-case word per line, {@code #} comments), after which a number with a period is an ordinal.
   */
  public GermanSentenceSplitter(List<String> abbreviationLines, List<String> determinerLines) {
    determinerLines.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(determiners::add);
    for (String raw : abbreviationLines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.endsWith("*")) {
        String entry = line.substring(0, line.length() - 1).strip();
        abbreviations.add(entry);
        sentenceFinalAbbreviations.add(entry);
      } else {
        abbreviations.add(line);
      }
    }
    for (Month month : Month.values()) {
      months.add(month.getDisplayName(TextStyle.FULL, Locale.GERMAN));
      months.add(withoutPeriod(month.getDisplayName(TextStyle.SHORT, Locale.GERMAN)));
    }
  }

  /** A splitter with the bundled general abbreviation and determiner lists. */
  public static GermanSentenceSplitter withBundledAbbreviations() {
    return new GermanSentenceSplitter(lines(ABBREVIATIONS_RESOURCE), lines(DETERMINERS_RESOURCE));
  }

  private static List<String> lines(String resource) {
    try (InputStream in = GermanSentenceSplitter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Returns the sentences of the paragraph, in order; empty for a blank paragraph. */
  public List<String> split(String paragraph) {
    String text = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!isTerminator(text.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && (isTerminator(text.charAt(end)) || CLOSING.indexOf(text.charAt(end)) >= 0)) {
        end++;
      }
      if (end < text.length() && text.charAt(end) == ' ' && isBoundary(text, start, i, end)) {
        sentences.add(text.substring(start, end));
        start = end + 1;
      }
      i = end - 1;
    }
    if (start < text.length()) {
      sentences.add(text.substring(start));
    }
    return sentences;
  }

  private boolean isBoundary(String text, int sentenceStart, int terminator, int end) {
    String next = wordAt(text, end + 1);
    if (startsLowerCase(next)) {
      return false;
    }
    boolean singlePeriod = text.charAt(terminator) == '.' && end - terminator == 1
        || text.charAt(terminator) == '.' && CLOSING.indexOf(text.charAt(terminator + 1)) >= 0;
    if (!singlePeriod) {
      return true;
    }
    int wordStart = Math.max(text.lastIndexOf(' ', terminator) + 1, sentenceStart);
    String token = stripOpening(text.substring(wordStart, terminator + 1));
    String before = text.substring(sentenceStart, wordStart);
    return !isAbbreviation(token) && !(NUMBER.matcher(token).matches() && isOrdinal(token, before, next))
        && !isRegnalNumber(token, before, next);
  }

  /**
   * Whether a Roman numeral is part of a name followed by a number ("Queen Elisabeth II. 1981 eröffnet") rather
   * than a sentence end: two capitalised words, neither a determiner, come before it (a title or first name and a
   * name; one could be a noun: "im Jahr II. 1793 begann …", "auf Latein XII. 12 ist …" end a sentence), and a number
   * after it. Before a capitalised word it ends the sentence; a lower-case word is handled before: no sentence starts
   * with one.
   */
  private boolean isRegnalNumber(String token, String before, String next) {
    if (!ROMAN_NUMERAL.matcher(token).matches() || next.isEmpty() || !Character.isDigit(next.charAt(0))) {
      return false;
    }
    String[] words = before.strip().split(" ");
    if (words.length < 2) {
      return false;
    }
    String name = stripOpening(words[words.length - 1]);
    String title = stripOpening(words[words.length - 2]);
    return startsUpperCase(name) && startsUpperCase(title) && !determiners.contains(title.toLowerCase(Locale.GERMAN));
  }

  /**
   * Whether a number with a period is an ordinal rather than a sentence end, judged by the words around it: a month
   * or a dash follows ("3. Oktober", "11. – 14."), it is a range ("11.-14."), or, for a number of at most three digits,
   * it opens the sentence ("1. Impfung") or a determiner ("dem 9. Lebensmonat") or a link to another ordinal ("11. und
   * 14.") precedes it. A lower-case word after it is handled before: no sentence starts with one.
   */
  private boolean isOrdinal(String token, String before, String next) {
    if (isMonth(next) || ORDINAL_LINKS.contains(next) || ORDINAL_RANGE.matcher(token).matches()) {
      return true;
    }
    if (!SMALL_NUMBER.matcher(token).matches()) {
      return false;
    }
    if (before.isBlank()) {
      return true;
    }
    String[] words = before.strip().split(" ");
    String previous = stripOpening(words[words.length - 1]).toLowerCase(Locale.GERMAN);
    return determiners.contains(previous) || ORDINAL_LINKS.contains(previous) && words.length > 1
        && NUMBER.matcher(stripOpening(words[words.length - 2])).matches();
  }

  private boolean isAbbreviation(String token) {
    if (SINGLE_LETTER.matcher(token).matches() || LETTER_RUN.matcher(token).matches()) {
      return !sentenceFinalAbbreviations.contains(token);
    }
    String lowerFirst = token.isEmpty() ? token : Character.toLowerCase(token.charAt(0)) + token.substring(1);
    String entry = abbreviations.contains(token) ? token : abbreviations.contains(lowerFirst) ? lowerFirst : null;
    return entry != null && !sentenceFinalAbbreviations.contains(entry);
  }

  private boolean isMonth(String word) {
    return months.contains(withoutPeriod(word.replaceAll("[,;:]+$", "")));
  }

  private static String wordAt(String text, int from) {
    int space = text.indexOf(' ', from);
    return stripOpening(text.substring(from, space < 0 ? text.length() : space));
  }

  private static boolean startsLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
  }

  private static boolean startsUpperCase(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static String stripOpening(String word) {
    int i = 0;
    while (i < word.length() && OPENING.indexOf(word.charAt(i)) >= 0) {
      i++;
    }
    return word.substring(i);
  }

  private static String withoutPeriod(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }
}
