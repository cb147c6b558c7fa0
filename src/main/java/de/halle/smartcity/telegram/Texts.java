package de.halle.smartcity.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The bot's fixed replies in German (default) and English, read from {@code telegram/texts*.properties}. Values are
 * Telegram HTML with {@code {name}} placeholders; values filled in must already be escaped. Immutable.
 */
final class Texts {
  private final Map<String, String> german;
  private final Map<String, String> english;

  private Texts(Map<String, String> german, Map<String, String> english) {
    this.german = german;
    this.english = english;
  }

  /** Loads both languages from the classpath. */
  static Texts load() {
    return new Texts(read("telegram/texts.properties"), read("telegram/texts_en.properties"));
  }

  /** The text for the key in English or German, with placeholders replaced. */
  String get(boolean inEnglish, String key, Map<String, String> values) {
    String text = (inEnglish ? english : german).get(key);
    if (text == null) {
      throw new IllegalArgumentException("no text '" + key + "' in " + (inEnglish ? "texts_en" : "texts")
          + ".properties");
    }
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue());
    }
    return text;
  }

  String get(boolean inEnglish, String key) {
    return get(inEnglish, key, Map.of());
  }

  /** The keys of each language, to check that both files are complete. */
  Map<String, Map<String, String>> byLanguage() {
    return Map.of("de", german, "en", english);
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new HashMap<>();
      properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
      return Map.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
