package de.halle.smartcity.answer;

import de.halle.smartcity.answer.SmallTalk.Intent;
import de.halle.smartcity.answer.SmallTalk.Recognized;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fixed reply texts of {@link SmallTalk}, one per intent and language; {@value #TOPIC} in a text stands for an
 * example topic, and a line holding it is left out when there is none.
 */
final class SmallTalkReplies {

  static final String TOPIC = "{topic}";
  private static final String[] LANGUAGES = {"de", "en"};

  private final Map<String, String> texts;

  SmallTalkReplies(Map<String, String> texts) {
    for (Intent intent : Intent.values()) {
      for (String language : LANGUAGES) {
        if (!texts.containsKey(key(intent, language))) {
          throw new IllegalArgumentException("small-talk reply missing for " + key(intent, language));
        }
      }
    }
    this.texts = Map.copyOf(texts);
  }

  /** Reads {@code intent<TAB>language<TAB>text} rows, where {@code \n} in the text is a line break. */
  static SmallTalkReplies read(String resource) {
    Map<String, String> texts = new HashMap<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 3)) {
      Intent intent = row.constant(0, Intent.class);
      texts.put(key(intent, row.column(1)), row.column(2).replace("\\n", "\n"));
    }
    return new SmallTalkReplies(texts);
  }

  /** The reply with {@code topic} in place of {@value #TOPIC}, or without the lines holding it when it is empty. */
  String text(Recognized recognized, Optional<String> topic) {
    String text = texts.get(key(recognized.intent(), recognized.language()));
    return topic.map(t -> text.replace(TOPIC, t)).orElseGet(() -> text.lines()
        .filter(line -> !line.contains(TOPIC)).collect(Collectors.joining("\n")));
  }

  private static String key(Intent intent, String language) {
    return intent.name().toLowerCase(Locale.ROOT) + "/" + language;
  }
}
