package de.halle.smartcity.privacy;

import de.halle.smartcity.privacy.PersonalDataPatterns.Detector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds and replaces personal data in German texts (e-mail addresses, phone numbers, IBANs, tax ids, ID-card and
 * passport numbers, street addresses with house numbers) before a text is stored. Thread-safe and stateless.
 */
public final class PersonalDataScrubber {

  /** Fewer words than this left besides personal data make a text "mostly personal data". */
  static final int MIN_REMAINING_WORDS = 3;

  private final List<Detector> detectors = PersonalDataPatterns.all();

  /** Scrubs one text; never throws for any input. */
  public ScrubResult scrub(String text) {
    Objects.requireNonNull(text, "text");
    List<Span> spans = findSpans(text);
    StringBuilder scrubbed = new StringBuilder(text.length());
    StringBuilder remainder = new StringBuilder(text.length());
    Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);
    int removedChars = 0;
    int position = 0;
    for (Span span : spans) {
      scrubbed.append(text, position, span.start()).append(span.kind().placeholder());
      remainder.append(text, position, span.start()).append(' ');
      found.add(span.kind());
      removedChars += span.end() - span.start();
      position = span.end();
    }
    scrubbed.append(text, position, text.length());
    remainder.append(text, position, text.length());
    boolean mostly = !found.isEmpty() && (removedChars * 2 >= text.strip().length()
        || countWords(remainder) < MIN_REMAINING_WORDS);
    return new ScrubResult(scrubbed.toString(), found, mostly);
  }

  private List<Span> findSpans(String text) {
    List<Span> accepted = new ArrayList<>();
    for (Detector detector : detectors) {
      Matcher matcher = detector.pattern().matcher(text);
      while (matcher.find()) {
        Span span = new Span(matcher.start("pii"), matcher.end("pii"), detector.kind());
        if (detector.accept().test(matcher) && accepted.stream().noneMatch(span::overlaps)) {
          accepted.add(span);
        }
      }
    }
    accepted.sort(Comparator.comparingInt(Span::start));
    return accepted;
  }

  private static long countWords(CharSequence text) {
    return text.toString().lines()
        .flatMap(line -> List.of(line.split("\\s+")).stream())
        .filter(word -> word.codePoints().filter(Character::isLetter).count() >= 2)
        .count();
  }

  private record Span(int start, int end, PersonalDataKind kind) {
    boolean overlaps(Span other) {
      return start < other.end && other.start < end;
    }
  }
}
