package de.halle.smartcity.knowledge;

import java.util.List;

/**
 * A knowledge file's text split into its YAML front matter and its Markdown body, with the line numbers needed to
 * point editors at the right line.
 *
 * @param yaml the lines between the two {@code ---} lines
 * @param yamlFirstLine 1-based file line of the first YAML line
 * @param body the Markdown after the closing {@code ---}
 * @param bodyFirstLine 1-based file line of the first body line
 */
record FrontMatter(List<String> yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  private static final String FENCE = "---";

  FrontMatter {
    yaml = List.copyOf(yaml);
  }

  /** Splits the text, or throws {@link RejectedFileException} when the front matter is missing or not closed. */
  static FrontMatter split(String text) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      throw new RejectedFileException(1, "Front Matter fehlt: die Datei muss mit einer Zeile '---' beginnen, "
          + "danach title, date und source (je 'feld: wert') und wieder eine Zeile '---', dann der Text");
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(FENCE) || line.equals("...")) {
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return new FrontMatter(lines.subList(1, i), 2, body, i + 2);
      }
    }
    throw new RejectedFileException(1, "Front Matter wird nicht geschlossen: nach den Feldern fehlt eine Zeile "
        + "'---' vor dem Text der Meldung");
  }

  /** Returns the YAML as one string, for the YAML parser. */
  String yamlText() {
    return String.join("\n", yaml);
  }

  /** Returns the 1-based file line on which {@code key:} is written, or 0 when it does not appear. */
  int lineOf(String key) {
    for (int i = 0; i < yaml.size(); i++) {
      String line = yaml.get(i).stripLeading();
      if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith(":")) {
        return yamlFirstLine + i;
      }
    }
    return 0;
  }
}
