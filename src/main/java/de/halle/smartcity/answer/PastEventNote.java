package de.halle.smartcity.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells a citizen who asks when the next or a coming occurrence of something is ("Wann ist der nächste Stadtfesttag?")
 * that the answer knows only a past one: every quoted release and every date its quoted sentences name lie before
 * today. Thread-safe.
 */
final class PastEventNote {

  private final Clock clock;

  PastEventNote(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The body with the note on its own line when the question asks for a coming occurrence ({@code upcoming}), the quote
   * names only past dates and the note fits the quote's budget; otherwise the body unchanged.
   */
  String appendTo(String body, AnswerQuote quote, boolean upcoming, String language) {
    return upcoming && onlyPast(quote.evidence(), quote.sources().stream().map(Source::date).toList())
        ? OlderReleaseNote.withNote(body, note(language), quote.budget()) : body;
  }

  /**
   * Whether the sentences name at least one date and all of them, like the releases they come from, lie before
   * today; a day without a year is placed by the newest release, so it counts as past only when it is past then too.
   */
  boolean onlyPast(List<String> sentences, List<LocalDate> released) {
    LocalDate today = LocalDate.now(clock);
    Optional<LocalDate> newest = released.stream().max(Comparator.naturalOrder());
    if (newest.isEmpty() || !newest.get().isBefore(today)) {
      return false;
    }
    boolean dated = false;
    for (String sentence : sentences) {
      Optional<LocalDate> latest = MentionedDates.latest(sentence, newest.get());
      if (latest.isPresent() && !latest.get().isBefore(today)) {
        return false;
      }
      dated |= latest.isPresent();
    }
    return dated;
  }

  /** The characters the sentences of an answer leave for the note: none unless the question asks for one. */
  static int room(boolean upcoming, String language) {
    return upcoming ? 1 + note(language).length() : 0;
  }

  static String note(String language) {
    return "en".equals(language)
        ? "Note: this date lies in the past; the releases name no later one. For current dates, see the source or call"
            + " the public service number 115."
        : "Hinweis: Dieser Termin liegt in der Vergangenheit; einen neueren Termin nennen die Meldungen nicht."
            + " Aktuelles bei der Quelle oder unter der Behördennummer 115.";
  }
}
