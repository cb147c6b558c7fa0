package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of fact a German question asks for, read off its question words, and whether a sentence holds such a
 * fact: an amount of money ("was kostet"), a number ("wie viele"), a time of day ("welche Öffnungszeiten"), a date or
 * period ("wann"), or anything. Immutable.
 */
enum AskedType {
  /** "Was kostet …", "Wie viel Geld …": needs an amount of money or the statement that it is free. */
  MONEY(words("\\b(was kostet|was kosten|wie teuer|wie viel \\w*geld|gekostet|wie hoch (ist|sind|war|waren) "
      + "die (kosten|gebühr|gebühren|miete))"),
      words("euro|€|eur\\b|kostenlos|kostenfrei|gebührenfrei|gratis|keine kosten|umsonst")),
  /** "Wie viele …", "Wie hoch …": needs a number. */
  NUMBER(words("\\bwie (viele?|hoch|groß|lange|alt|oft|weit|schwer|breit|tief)\\b|\\bwieviele?\\b"),
      words("\\d|\\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\\w+zehn|\\w+zig|hundert"
          + "|tausend|dutzend|millionen?|milliarden?|keine?|doppelt|hälfte|einmal|zweimal|dreimal)\\b")),
  /** "Wann …", "Seit wann …", "In welchem Jahr …": needs a date, a year, a month or a period. */
  TIME(words("^wann\\b|\\b(seit|bis|ab) wann\\b|\\bin welchem jahr\\b|\\ban welche[mn]? (tag|tagen|datum)\\b"),
      words("\\d|\\b(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
          + "|frühjahr|frühling|sommer|herbst|winter|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?"
          + "|sonntags?|heute|gestern|morgen|jahre?n?|jahres|jährlich|wochen?|monate?n?|tage?n?|täglich|sofort"
          + "|jederzeit|derzeit|bald|fristen|frist|vorher|danach|später|zunächst)\\b")),
  /** "Welche Öffnungszeiten …", "Zu welchen Uhrzeiten …": needs a time of day or days of the week. */
  CLOCK(words("(öffnungszeit|sprechzeit|sprechstunde|uhrzeit|geöffnet)"),
      words("\\d{1,2}( \\d{2})?( uhr)? ?(-|–|bis) ?\\d{1,2}|montag|dienstag|mittwoch|donnerstag|freitag"
          + "|samstag|sonntag|werktag|täglich|rund um die uhr|\\bmo\\b|\\bfr\\b")),
  /** No particular kind. */
  ANY(null, null);

  private static final Pattern WHICH = Pattern.compile("(?i)welche[mnrs]?|wie viele|was für");
  private static final Pattern WORDS = Pattern.compile("[\\s,;.:!?()\"„“”]+");

  private final Pattern question;
  private final Pattern answer;

  AskedType(Pattern question, Pattern answer) {
    this.question = question;
    this.answer = answer;
  }

  private static Pattern words(String regex) {
    return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
  }

  /**
   * The position (in {@link GermanAnalysis#surfaceTokens}) of the noun a "welche" question asks for an instance of
   * ("Welche amerikanischen Städte …" → "Städte"), or -1.
   */
  static int askedClass(String question) {
    List<String> words = GermanAnalysis.surfaceTokens(question);
    for (int w = 0; w < words.size(); w++) {
      if (WHICH.matcher(words.get(w)).matches()) {
        for (int n = w + 1; n < Math.min(words.size(), w + 3); n++) {
          if (Character.isUpperCase(words.get(n).charAt(0))) {
            return n;
          }
        }
      }
    }
    return -1;
  }

  /** The kind of fact the question asks for; the first matching kind wins. */
  static AskedType of(String question) {
    String text = question.toLowerCase(Locale.GERMAN).strip();
    for (AskedType type : values()) {
      if (type.question != null && type.question.matcher(text).find()) {
        return type;
      }
    }
    return ANY;
  }

  /**
   * True when the sentence holds a fact of this kind beyond the question's own words (always for {@link #ANY}): a
   * year the question names does not answer "wann".
   */
  boolean heldBy(String sentence, String question) {
    if (answer == null) {
      return true;
    }
    Set<String> asked = new HashSet<>(Arrays.asList(WORDS.split(question.toLowerCase(Locale.GERMAN))));
    StringBuilder rest = new StringBuilder();
    for (String word : WORDS.split(sentence.toLowerCase(Locale.GERMAN))) {
      rest.append(asked.contains(word) ? "" : word).append(' ');
    }
    return answer.matcher(rest).find();
  }
}
