package de.halle.smartcity.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads and checks the fields of one file's parsed front matter, collecting a problem for each bad field. */
final class FrontMatterFields {

  static final List<String> KNOWN_KEYS =
      List.of("title", "date", "source", "tags", "summary", "valid_until");

  private final String file;
  private final FrontMatter frontMatter;
  private final JsonNode root;
  private final List<KnowledgeProblem> problems = new ArrayList<>();

  FrontMatterFields(String file, FrontMatter frontMatter, JsonNode root) {
    this.file = file;
    this.frontMatter = frontMatter;
    this.root = root;
  }

  /** Problems found so far: errors reject the file, warnings do not. */
  List<KnowledgeProblem> problems() {
    return List.copyOf(problems);
  }

  /** Adds a warning for each key that is not a known field, suggesting the closest known one. */
  void checkUnknownKeys() {
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KNOWN_KEYS.contains(key)) {
        String closest = EditDistance.closest(key, KNOWN_KEYS);
        warn(frontMatter.lineOf(key), "Unbekanntes Feld '" + key + "' wird ignoriert: meinten Sie '" + closest
            + "'? Erlaubt sind " + String.join(", ", KNOWN_KEYS));
      }
    }
  }

  /** Returns the required text field, or null after recording an error. */
  String requiredText(String key, String example) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      error(0, "Pflichtfeld '" + key + "' fehlt: bitte im Front Matter ergänzen, z. B. " + key + ": " + example);
      return null;
    }
    String text = scalar(key, node);
    if (text != null && text.isEmpty()) {
      error(frontMatter.lineOf(key), "Pflichtfeld '" + key + "' ist leer: bitte einen Wert eintragen, z. B. "
          + key + ": " + example);
      return null;
    }
    return text;
  }

  /** Returns the optional text field, empty when absent. */
  String optionalText(String key) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return "";
    }
    String text = scalar(key, node);
    return text == null ? "" : text;
  }

  /** Returns the date in {@code key}, or null when it is absent (an error if required) or invalid (always an error). */
  LocalDate date(String key, boolean required) {
    String text = required ? requiredText(key, "2023-04-21") : optionalText(key);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      error(frontMatter.lineOf(key), "Feld '" + key + "' enthält kein gültiges Datum ('" + text
          + "'): bitte im Format JJJJ-MM-TT angeben, z. B. " + key + ": 2023-04-21");
      return null;
    }
  }

  /** Returns the required source, warning when it is not an absolute http(s) address; null after an error. */
  String source() {
    String text = requiredText("source", "https://www.halle.de/…");
    if (text != null && !isWebAddress(text)) {
      warn(frontMatter.lineOf("source"), "Feld 'source' ist keine vollständige Web-Adresse ('" + text
          + "'): bitte die Adresse der Originalmeldung mit https:// angeben");
    }
    return text;
  }

  /** Returns the tags, from a YAML list or a comma-separated text; empty when absent. */
  List<String> tags() {
    JsonNode node = root.get("tags");
    List<String> tags = new ArrayList<>();
    if (node == null || node.isNull()) {
      return tags;
    }
    if (node.isArray()) {
      node.forEach(tag -> addTag(tags, tag.isValueNode() ? tag.asText() : ""));
    } else if (node.isValueNode()) {
      for (String tag : node.asText().split(",")) {
        addTag(tags, tag);
      }
    } else {
      error(frontMatter.lineOf("tags"), "Feld 'tags' muss eine Liste sein: bitte z. B. tags: [Digitalisierung, "
          + "Mobilität] schreiben");
    }
    return tags;
  }

  private static void addTag(List<String> tags, String tag) {
    String normalized = PlainText.normalize(tag);
    if (!normalized.isEmpty()) {
      tags.add(normalized);
    }
  }

  private String scalar(String key, JsonNode node) {
    if (!node.isValueNode()) {
      error(frontMatter.lineOf(key), "Feld '" + key + "' muss ein einzelner Wert sein, keine Liste oder "
          + "Unterstruktur: bitte als " + key + ": … in eine Zeile schreiben");
      return null;
    }
    return PlainText.normalize(node.asText());
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return uri.isAbsolute() && uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private void error(int line, String message) {
    problems.add(new KnowledgeProblem(file, line, message));
  }

  private void warn(int line, String message) {
    problems.add(KnowledgeProblem.warning(file, line, message));
  }
}
