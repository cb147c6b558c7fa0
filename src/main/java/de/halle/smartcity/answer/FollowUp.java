package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a short follow-up ("Und 2020?") into a full question by merging it with the chat's previous questions: the
 * earlier question's words stay, its numbers give way to the follow-up's numbers, and its name gives way to the name a
 * follow-up of one name asks about instead ("Und Beheim?", "Und mit Beheim?"). The openers ("Und …", "What about …") are
 * read once from {@code lang/follow-up-openers.txt}. Stateless.
 */
final class FollowUp {

  private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
  /** The shipped openers, one per line. */
  static final String OPENERS = "lang/follow-up-openers.txt";
  private static final Pattern PLAIN_WORDS = Pattern.compile("\\p{Ll}+( \\p{Ll}+)*");
  private static final Pattern OPENER = opener(OPENERS);
  /** The shipped pronouns that refer back, one per line. */
  static final String PRONOUNS = "lang/follow-up-pronouns.txt";
  private static final Set<String> PRONOUN = pronouns(PRONOUNS);
  private static final int MAX_FOLLOW_UP_WORDS = 6;
  /** A follow-up's rest that is one capitalised name, perhaps after one lower-case word: "Beheim?", "mit Beheim?". */
  private static final Pattern ONE_NAME = Pattern.compile("(?:(\\p{Ll}+) )?(\\p{Lu}[\\p{L}\\p{N}_-]*)([?!.]*)");
  private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}_-]*";

  private FollowUp() {}

  /**
   * The openers of a data file as one expression matching any of them at the start of a text, the longest first, so
   * "und was ist mit" is left out of a merged question as a whole and not only its "und".
   *
   * @throws IllegalStateException naming the file and line of an opener that is not lower-case words, or the file when
   *     it has none
   */
  static Pattern opener(String resource) {
    List<String> openers = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 1)) {
      if (!PLAIN_WORDS.matcher(row.column(0)).matches()) {
        throw row.problem("expected lower-case words separated by single spaces but found '" + row.column(0) + "'");
      }
      openers.add(row.column(0));
    }
    if (openers.isEmpty()) {
      throw new IllegalStateException(resource + ": no follow-up opener");
    }
    openers.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile("^(" + String.join("|", openers) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The question to search for: the text itself, or the text merged with the earlier questions it follows.
   *
   * @param sentencesNaming how common a word is (0 for a word the releases never use; a word of the general
   *     vocabulary above every name): the earlier question's rarest capitalised word is the name a follow-up of one
   *     bare name replaces
   */
  static Resolved resolve(String text, List<String> recentQuestions, ToIntFunction<String> sentencesNaming) {
    return resolveAfter(text, previous(recentQuestions, sentencesNaming), sentencesNaming);
  }

  /**
   * What the chat's previous question asked: the last of the recent questions, merged with those it follows; null when
   * there are none.
   */
  static String previous(List<String> recentQuestions, ToIntFunction<String> sentencesNaming) {
    String merged = null;
    for (String earlier : recentQuestions) {
      merged = merged == null || !isFollowUp(earlier) ? earlier : merge(merged, earlier, sentencesNaming).text();
    }
    return merged;
  }

  /** Like {@link #resolve} with the {@link #previous} question already known (null: none). */
  static Resolved resolveAfter(String text, String previous, ToIntFunction<String> sentencesNaming) {
    return previous == null || !isFollowUp(text) ? new Resolved(text, null, null)
        : merge(previous, text, sentencesNaming);
  }

  /**
   * A question merged with the earlier ones it follows.
   *
   * @param text the question to search for
   * @param replaced the earlier question's name the follow-up's name replaced ("Aheim" for "Und Beheim?"), or null
   * @param replacement that name of the follow-up ("Beheim"), or null
   */
  record Resolved(String text, String replaced, String replacement) {}

  /**
   * The pronouns of a data file.
   *
   * @throws IllegalStateException naming the file and line of a pronoun that is not one lower-case word
   */
  static Set<String> pronouns(String resource) {
    Set<String> pronouns = new HashSet<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 1)) {
      if (!row.column(0).matches("\\p{Ll}+")) {
        throw row.problem("expected one lower-case word but found '" + row.column(0) + "'");
      }
      pronouns.add(row.column(0));
    }
    return Set.copyOf(pronouns);
  }

  /**
   * A follow-up is short and starts like "Und …?" / "What about …?", refers back with a pronoun ("Wo fand er
   * statt?"), or consists of numbers only.
   */
  static boolean isFollowUp(String text) {
    String stripped = text.strip();
    List<String> words = stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    if (words.isEmpty() || words.size() > MAX_FOLLOW_UP_WORDS) {
      return false;
    }
    String lettersOnly = NUMBER.matcher(stripped).replaceAll("").replaceAll("[\\p{Punct}\\s]", "");
    return OPENER.matcher(stripped).find() || lettersOnly.isEmpty() || !withoutPronouns(stripped).equals(stripped);
  }

  /** The text without the pronouns referring back that follow its first word. */
  private static String withoutPronouns(String text) {
    String[] words = text.split(" ");
    StringBuilder kept = new StringBuilder(words[0]);
    for (int w = 1; w < words.length; w++) {
      if (!PRONOUN.contains(words[w].replaceAll("\\p{Punct}+$", ""))) {
        kept.append(' ').append(words[w]);
      }
    }
    return kept.toString();
  }

  private static Resolved merge(String earlier, String followUp, ToIntFunction<String> sentencesNaming) {
    String typed = followUp.strip().replaceAll("\\s+", " ");
    String rest = OPENER.matcher(typed).replaceFirst("").strip();
    if (rest.equals(typed) && !withoutPronouns(typed).equals(typed)) {
      // no longer at the start, the first word (a question word or verb: "Wo", "Gibt") must not read as a noun
      rest = withoutPronouns(typed.substring(0, 1).toLowerCase(Locale.ROOT) + typed.substring(1));
    }
    String base = NUMBER.matcher(followUp).find() ? NUMBER.matcher(earlier).replaceAll("") : earlier;
    base = base.replaceAll("[?!.]+\\s*$", "").replaceAll("\\s+", " ").strip();
    Matcher name = ONE_NAME.matcher(rest);
    Matcher replaced = name.matches() ? replaceable(base, name.group(1), sentencesNaming) : null;
    return replaced == null ? new Resolved(base + " " + rest, null, null)
        : new Resolved(base.substring(0, replaced.start(1)) + name.group(2) + base.substring(replaced.end(1))
            + name.group(3), replaced.group(1), name.group(2));
  }

  /**
   * Where the earlier question names what a follow-up of one name asks about instead, as group 1: the name after the
   * same lower-case word ("mit Aheim" for "Und mit Beheim?"), or for a bare name the rarest capitalised word after the
   * first ("Aheim" in "Seit wann ist Aheim Partnerstadt von Musterstadt"); null when the earlier question has no such name.
   */
  private static Matcher replaceable(String earlier, String before, ToIntFunction<String> sentencesNaming) {
    if (before != null) {
      Matcher same = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:" + Pattern.quote(before) + ") (" + NAME + ")",
          Pattern.UNICODE_CASE).matcher(earlier);
      return same.find() ? same : null;
    }
    Matcher word = Pattern.compile("(?<=\\s)(" + NAME + ")").matcher(earlier);
    int rarest = -1;
    int fewest = Integer.MAX_VALUE;
    while (word.find()) {
      int sentences = sentencesNaming.applyAsInt(word.group(1));
      if (sentences < fewest) {
        fewest = sentences;
        rarest = word.start();
      }
    }
    return rarest >= 0 && word.find(rarest) ? word : null;
  }
}
