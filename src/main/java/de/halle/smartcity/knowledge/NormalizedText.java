package de.halle.smartcity.knowledge;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text as expectations compare it (the rule of the project's {@code score.py}): typographic double quotes as
 * {@code "}, no-break space as space, runs of whitespace as one space, trimmed, lower case.
 */
public final class NormalizedText {

  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private final String value;

  private NormalizedText(String value) {
    this.value = value;
  }

  /** Normalises {@code raw}. */
  public static NormalizedText of(String raw) {
    Objects.requireNonNull(raw, "raw");
    String quotes = raw.replace('\u201e', '"').replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ');
    return new NormalizedText(SPACES.matcher(quotes).replaceAll(" ").strip().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code part} occurs in this text, both normalised. */
  public boolean contains(NormalizedText part) {
    return value.contains(part.value);
  }

  /** The normalised text. */
  public String value() {
    return value;
  }
}
