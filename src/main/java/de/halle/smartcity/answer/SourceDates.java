package de.halle.smartcity.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a sentence names its source and that source's date ("laut einem Bericht vom Mai 2021", "laut Musterkurier (Mai
 * 2021)", "(Stand Mai 2021)"): that date tells when something was reported, not the fact a question asks for, so
 * {@link AskedType} reads a sentence without it. Immutable and thread-safe.
 */
final class SourceDates {

  private final Pattern attribution;
  private final List<String> starts;

  /**
   * Reads source dates with the vocabulary's expression.
   *
   * @param attribution the expression of a source with its date (lower case)
   * @param starts the plain strings every match of {@code attribution} contains
   */
  SourceDates(Pattern attribution, List<String> starts) {
    this.attribution = attribution;
    this.starts = List.copyOf(starts);
  }

  /** The lower-case sentence without the dates of the sources it names. */
  String remove(String sentence) {
    String lower = sentence.toLowerCase(Locale.GERMAN);
    return mayNameASource(lower) ? attribution.matcher(lower).replaceAll(" ") : lower;
  }

  /**
   * Whether a lower-case sentence has a word the attribution starts with; most sentences have none, and the check
   * saves running that expression over every candidate sentence.
   */
  private boolean mayNameASource(String lower) {
    for (String start : starts) {
      if (lower.contains(start)) {
        return true;
      }
    }
    return false;
  }
}
