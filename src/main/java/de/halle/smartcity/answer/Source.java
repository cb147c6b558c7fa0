package de.halle.smartcity.answer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The release an answer was taken from.
 *
 * @param title release title
 * @param date date of the information
 * @param url link to the original release
 * @param file knowledge file name
 */
public record Source(String title, LocalDate date, String url, String file) {

  public Source {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(file, "file");
  }
}
