package de.halle.smartcity.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The latest day a German sentence's dates reach: a date ("12. Mai 2021", "11.05.2023") counts as that day, a
 * month ("Juni 2026") as its last day, a year ("2023") as its last day, and a day without a year ("am 9. Juni") in
 * the release's year or, when that is before the release, the year after. Month names come from the JDK's German
 * locale. Immutable.
 */
final class MentionedDates {

  private static final String MONTH = Arrays.stream(Month.values())
      .map(m -> m.getDisplayName(TextStyle.FULL, Locale.GERMAN).toLowerCase(Locale.GERMAN))
      .collect(Collectors.joining("|", "(", ")"));
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+(\\d{4}))?\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(19|20)\\d{2}(?![\\d.,]\\d)");

  private MentionedDates() {}

  /** The latest day the sentence's dates reach, or empty when it names none; {@code released} places a bare day. */
  static Optional<LocalDate> latest(String sentence, LocalDate released) {
    StringBuilder rest = new StringBuilder(sentence.toLowerCase(Locale.GERMAN));
    LocalDate latest = null;
    latest = later(latest, scan(rest, DAY_MONTH_YEAR,
        m -> dayOf(Integer.parseInt(m.group(1)), monthOf(m.group(2)), m.group(3), released)));
    latest = later(latest, scan(rest, NUMERIC,
        m -> dayOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), released)));
    latest = later(latest, scan(rest, MONTH_YEAR,
        m -> YearMonth.of(Integer.parseInt(m.group(2)), monthOf(m.group(1))).atEndOfMonth()));
    latest = later(latest, scan(rest, YEAR, m -> LocalDate.of(Integer.parseInt(m.group()), 12, 31)));
    return Optional.ofNullable(latest);
  }

  /**
   * The latest day of the pattern's matches in {@code rest}, or null; each match is then replaced by spaces, so a
   * later, coarser pattern does not read its year again.
   */
  private static LocalDate scan(StringBuilder rest, Pattern pattern, Function<Matcher, LocalDate> day) {
    LocalDate latest = null;
    Matcher m = pattern.matcher(rest.toString());
    while (m.find()) {
      latest = later(latest, day.apply(m));
      for (int i = m.start(); i < m.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    return latest;
  }

  /** The day, in {@code year} or else placed by the release; null when there is no such day ("31.02.2024"). */
  private static LocalDate dayOf(int day, int month, String year, LocalDate released) {
    int y = year != null ? Integer.parseInt(year) : released.getYear();
    if (month < 1 || month > 12 || day < 1 || !YearMonth.of(y, month).isValidDay(day)) {
      return null;
    }
    LocalDate date = LocalDate.of(y, month, day);
    return year == null && date.isBefore(released) ? date.plusYears(1) : date;
  }

  private static int monthOf(String name) {
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.FULL, Locale.GERMAN).toLowerCase(Locale.GERMAN).equals(name)) {
        return month.getValue();
      }
    }
    throw new IllegalArgumentException("not a German month name: " + name);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b != null && b.isAfter(a) ? b : a;
  }
}
