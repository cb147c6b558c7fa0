package de.halle.smartcity.privacy;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of recognisers for personal data in German texts, in priority order: where two overlap, the earlier
 * one wins. Every pattern marks the part to remove as group {@code pii}; a group {@code ctx} holds a context word.
 */
final class PersonalDataPatterns {

  /** One recogniser: a pattern for candidates and a check that a candidate really is personal data. */
  record Detector(PersonalDataKind kind, Pattern pattern, Predicate<Matcher> accept) {}

  private static final String EMAIL = "(?<pii>(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}"
      + "\\s?(?:@|\\(at\\)|\\[at\\])\\s?[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,24})";

  /** An e-mail address spelled out: {@code max at example dot org}, {@code max [at] example (punkt) de}. */
  private static final String EMAIL_SPELLED = "(?<pii>(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}"
      + "(?:\\s+(?i:at)\\s+|\\s?[(\\[](?i:at)[)\\]]\\s?)[\\p{L}\\p{N}-]{1,63}"
      + "(?:(?:\\s+(?i:dot|punkt)\\s+|\\s?[(\\[](?i:dot|punkt)[)\\]]\\s?)[\\p{L}\\p{N}-]{1,63}){1,4})";

  private static final String MONTH = "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
      + "|November|Dezember)";

  /** A date right after a word that makes it a birth date: {@code geboren am 01.02.1980}, {@code geb. 1. Mai 1980}. */
  private static final String BIRTH_DATE = "(?i:geboren(?:\\s+am)?|geb\\.|geburtsdatum|date\\s+of\\s+birth"
      + "|born(?:\\s+on)?)\\s*:?\\s*(?<pii>(?<!\\d)\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|" + MONTH + ")"
      + "\\s?(?:19|20)?\\d{2}(?!\\d)|(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d))";

  private static final String IBAN =
      "(?<pii>\\b(?i:[a-z]{2})\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\\b";

  private static final String ID_DOCUMENT = "(?i:personalausweis|ausweis|reisepass|pass|führerschein"
      + "|aufenthaltstitel)(?i:-?nummer|-?nr\\.?)?\\b[^\\n]{0,30}?"
      + "(?<pii>\\b(?=[A-Z0-9]*\\d)[A-Z0-9]{8,10}\\b)";

  private static final String STEUER_ID = "(?<ctx>(?i:steuer-?id(?:entifikationsnummer)?|steuerliche\\s+"
      + "identifikationsnummer|identifikationsnummer|id-?nr\\.?|tin)\\b[^\\d\\n]{0,20})?"
      + "(?<pii>(?<!\\d)[1-9](?:[ ]?\\d){10})(?![ ]?\\d)";

  private static final String STEUERNUMMER_SLASHED = "(?<pii>(?<![\\d/])\\d{2,3}/\\d{3,4}/\\d{4,5})(?![\\d/])";

  private static final String STEUERNUMMER_NAMED = "(?i:steuer-?nummer|st\\.?\\s?-?nr\\.?)[^\\d\\n]{0,20}"
      + "(?<pii>(?<!\\d)\\d[\\d /]{8,16}\\d)(?!\\d)";

  private static final String PHONE = "(?<pii>(?<![\\w+/])(?:(?:\\+|00)[ ]?49[ ]?(?:\\(0\\)[ ]?)?[ \\-/]?|\\(0|0)"
      + "[1-9][\\d \\-/()]*\\d)(?!\\d)";

  private static final String STREET_SUFFIX =
      "(?i:straße|strasse|str\\.|weg|platz|allee|ring|gasse|damm|ufer|chaussee|promenade|steig|pfad)";
  private static final String STREET_WORD =
      "(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Ring|Gasse|Damm|Ufer|Chaussee|Promenade|Steig|Pfad)";
  private static final String STREET_PREFIX =
      "(?:(?:Große|Grosse|Kleine|Kleiner|Alte|Alter|Neue|Neuer|Obere|Untere|Hohe|Lange|Am|An der|Auf der|Im"
          + "|In der)\\s+)?";
  private static final String ARTICLE = "(?:Die|Der|Das|Den|Dem|Des|Diese|Dieser|Jede|Jeder|Eine|Einer|Keine"
      + "|Welche|Welcher|Meine|Deine|Ihre|Unsere|Seine)\\s";
  private static final String NOT_A_QUANTITY = "(?!\\s*(?:%|€|Prozent|Euro|Jahre|Jahren|Jahr\\b|Monate|Wochen"
      + "|Tage|Stunden|Minuten|Min\\.|Uhr|km|m\\b|Meter|Mio|Millionen|Mrd|Milliarden|Personen|Menschen|Plätze"
      + "|Stück|mal\\b|x\\b))";
  private static final String ADDRESS = "(?<pii>(?:" + STREET_PREFIX + "\\b[\\p{L}][\\p{L}-]{2,40}?" + STREET_SUFFIX
      + "|(?!" + ARTICLE + ")\\b[A-ZÄÖÜ]\\p{L}+(?:e|er)\\s+" + STREET_WORD + "|\\bAm\\s+Markt)"
      + "\\s*\\d{1,3}(?:\\s?[a-zA-Z]\\b)?(?:\\s?[-–/]\\s?\\d{1,3}[a-zA-Z]?)?(?!\\d)" + NOT_A_QUANTITY
      + "(?:,?\\s+\\d{5}\\s+[A-ZÄÖÜ][\\p{L}-]+(?:\\s+\\(Saale\\))?)?)";

  private PersonalDataPatterns() {}

  static List<Detector> all() {
    return List.of(
        detector(PersonalDataKind.EMAIL, EMAIL, m -> true),
        detector(PersonalDataKind.EMAIL, EMAIL_SPELLED, m -> true),
        detector(PersonalDataKind.BIRTH_DATE, BIRTH_DATE, m -> true),
        detector(PersonalDataKind.IBAN, IBAN, m -> CheckDigits.isValidIban(m.group("pii"))),
        detector(PersonalDataKind.ID_DOCUMENT, ID_DOCUMENT, m -> true),
        detector(PersonalDataKind.TAX_ID, STEUER_ID,
            m -> m.group("ctx") != null || CheckDigits.isValidSteuerId(m.group("pii"))),
        detector(PersonalDataKind.TAX_ID, STEUERNUMMER_SLASHED, m -> true),
        detector(PersonalDataKind.TAX_ID, STEUERNUMMER_NAMED, m -> true),
        detector(PersonalDataKind.PHONE, PHONE, PersonalDataPatterns::hasPhoneLength),
        detector(PersonalDataKind.ADDRESS, ADDRESS, m -> true));
  }

  /** German numbers have 7 to 12 digits with the leading 0, or 6 to 12 after the country code 49. */
  static boolean hasPhoneLength(Matcher match) {
    String digits = match.group("pii").replaceAll("\\D", "");
    if (digits.startsWith("0049") || match.group("pii").startsWith("+")) {
      int national = digits.length() - (digits.startsWith("0049") ? 4 : 2);
      return national >= 6 && national <= 12;
    }
    return digits.length() >= 7 && digits.length() <= 12;
  }

  private static Detector detector(PersonalDataKind kind, String regex, Predicate<Matcher> accept) {
    return new Detector(kind, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), accept);
  }
}
