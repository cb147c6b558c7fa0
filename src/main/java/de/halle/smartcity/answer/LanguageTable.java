package de.halle.smartcity.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tab-separated language data file on the classpath (under {@code lang/}): one row per line, {@code #} comment lines
 * and blank lines skipped, a fixed number of columns per row.
 */
final class LanguageTable {

  /** One data line of a resource with its 1-based line number. */
  record Row(String resource, int line, List<String> columns) {
    Row {
      columns = List.copyOf(columns);
    }

    String column(int index) {
      return columns.get(index);
    }

    /** The column as a constant of {@code type}, matched case-insensitively. */
    <E extends Enum<E>> E constant(int index, Class<E> type) {
      try {
        return Enum.valueOf(type, column(index).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        IllegalStateException problem =
            problem("'" + column(index) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        problem.initCause(e);
        throw problem;
      }
    }

    /** An error naming this line's resource and line number, then what is wrong with it. */
    IllegalStateException problem(String what) {
      return new IllegalStateException(resource + ":" + line + ": " + what);
    }
  }

  private LanguageTable() {}

  /**
   * Reads every row of a classpath resource.
   *
   * @param resource resource name, e.g. {@code lang/smalltalk-phrases.tsv}
   * @param columns how many tab-separated columns each row must have
   * @throws IllegalStateException naming the resource and line when the file is missing or a row is malformed
   */
  static List<Row> read(String resource, int columns) {
    InputStream in = LanguageTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("language data file missing from the classpath: " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return rows(resource, columns, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language data file " + resource, e);
    }
  }

  /** The words of a one-column resource (one word per line), as a set. */
  static Set<String> words(String resource) {
    Set<String> words = new HashSet<>();
    read(resource, 1).forEach(row -> words.add(row.column(0)));
    return words;
  }

  /**
   * The entries of a one-column resource as one group matching any of them, each entry checked against {@code entry}.
   *
   * @param expected what an entry must be, for the message, e.g. {@code "a lower-case given name"}
   * @throws IllegalStateException naming the file and line of an entry that does not match
   */
  static String alternatives(String resource, Pattern entry, String expected) {
    List<String> entries = new ArrayList<>();
    for (Row row : read(resource, 1)) {
      if (!entry.matcher(row.column(0)).matches()) {
        throw row.problem("expected " + expected + " but found '" + row.column(0) + "'");
      }
      entries.add(row.column(0));
    }
    return "(?:" + String.join("|", entries) + ")";
  }

  private static List<Row> rows(String resource, int columns, BufferedReader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != columns) {
        throw new IllegalStateException(
            resource + ":" + number + ": expected " + columns + " tab-separated columns but found "
                + cells.length + " in '" + line + "'");
      }
      List<String> stripped = new ArrayList<>();
      for (String cell : cells) {
        stripped.add(cell.strip());
      }
      rows.add(new Row(resource, number, stripped));
    }
    return rows;
  }
}
