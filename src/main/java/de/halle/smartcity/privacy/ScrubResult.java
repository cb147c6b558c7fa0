package de.halle.smartcity.privacy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the scrubber made of one text.
 *
 * @param text the text with every personal item replaced by its kind's placeholder
 * @param found the kinds of personal data that were removed; empty when none
 * @param mostlyPersonalData true when little else than personal data was in the text, so it must not be stored
 */
public record ScrubResult(String text, Set<PersonalDataKind> found, boolean mostlyPersonalData) {

  public ScrubResult {
    Objects.requireNonNull(text, "text");
    found = Set.copyOf(found);
    if (mostlyPersonalData && found.isEmpty()) {
      throw new IllegalArgumentException("a text without personal data cannot be mostly personal data: " + text);
    }
  }

  /** True when any personal data was found (and removed). */
  public boolean containsPersonalData() {
    return !found.isEmpty();
  }

  /** The scrubbed text when it may be stored; empty when the text was mostly personal data. */
  public Optional<String> storableText() {
    return mostlyPersonalData ? Optional.empty() : Optional.of(text);
  }
}
