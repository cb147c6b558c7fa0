package de.halle.smartcity.telegram;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link PersonalDataCheck} by regular expressions for the personal data citizens most often paste into a chat:
 * e-mail addresses, German and international phone numbers, IBANs, tax numbers, the 11-digit tax id and ID-card
 * numbers. Years, dates, amounts and postcodes do not count. Thread-safe.
 */
public final class PatternPersonalDataCheck implements PersonalDataCheck {
  private static final List<Pattern> PATTERNS = List.of(
      // e-mail
      Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}"),
      // phone: +49 / 0049 / a leading 0, then at least six more digits with common separators
      Pattern.compile("(?<![\\d\\w])(?:\\+|00)\\d{1,3}[ /-]?(?:\\(0\\)[ /-]?)?\\d(?:[ /-]?\\d){5,}(?!\\d)"),
      Pattern.compile("(?<![\\d\\w.,])0\\d{2,5}(?:[ /-]|\\) ?)?\\d(?:[ -]?\\d){4,}(?!\\d)"),
      Pattern.compile("\\(0\\d{2,5}\\) ?\\d(?:[ -]?\\d){3,}"),
      // IBAN: country code, check digits, 11 to 30 more characters, optionally grouped by four
      Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b"),
      // tax number such as 110/815/12345 or 21 815 08150
      Pattern.compile("(?<![\\d/])\\d{2,3}/\\d{3,4}/\\d{4,5}(?![\\d/])"),
      // tax id: 11 digits, optionally grouped
      Pattern.compile("(?<![\\d.,])\\d{2} ?\\d{3} ?\\d{3} ?\\d{3}(?![\\d.,]\\d)"),
      // ID card / passport number: 9 characters of [CFGHJKLMNPRTVWXYZ0-9] with letters and digits mixed
      Pattern.compile("\\b(?=[CFGHJKLMNPRTVWXYZ0-9]*\\d[CFGHJKLMNPRTVWXYZ0-9]*\\d)"
          + "(?=[CFGHJKLMNPRTVWXYZ0-9]*[CFGHJKLMNPRTVWXYZ])[CFGHJKLMNPRTVWXYZ0-9]{9}\\b"));

  @Override
  public boolean containsPersonalData(String text) {
    for (Pattern pattern : PATTERNS) {
      if (pattern.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
