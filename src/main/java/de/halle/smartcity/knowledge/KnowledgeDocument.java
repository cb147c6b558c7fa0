package de.halle.smartcity.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One validated knowledge file (a press release or fact sheet) reduced to plain text.
 *
 * @param file file name relative to the knowledge folder, e.g. {@code 2023-04-21-new-york.md}
 * @param title release title from the front matter
 * @param date date of the information (ISO in the front matter)
 * @param source URL of the original release
 * @param tags optional tags, never null
 * @param summary optional one-line summary, empty when absent
 * @param validUntil optional expiry date, null when absent
 * @param paragraphs the Markdown body reduced to plain-text paragraphs, in order, never empty
 * @param contentHash SHA-256 (hex) of the raw file bytes, used for caches and change detection
 */
public record KnowledgeDocument(
    String file,
    String title,
    LocalDate date,
    String source,
    List<String> tags,
    String summary,
    LocalDate validUntil,
    List<String> paragraphs,
    String contentHash) {

  /** Release dates are calendar days in Halle. */
  private static final ZoneId HALLE = ZoneId.of("Europe/Berlin");

  public KnowledgeDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(contentHash, "contentHash");
    tags = List.copyOf(tags == null ? List.of() : tags);
    summary = summary == null ? "" : summary;
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("document has no paragraphs: " + file);
    }
  }

  /** Whether {@code now} lies after the {@code valid_until} day (a Halle calendar day, so inclusive there). */
  public boolean expiredAt(Instant now) {
    return validUntil != null && validUntil.isBefore(LocalDate.ofInstant(now, HALLE));
  }
}
