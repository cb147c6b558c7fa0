package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {
  private final Texts texts = Texts.load();

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() {
    Map<String, String> german = texts.byLanguage().get("de");
    Map<String, String> english = texts.byLanguage().get("en");
    assertThat(english.keySet()).isEqualTo(german.keySet());
    for (String key : german.keySet()) {
      assertThat(placeholders(english.get(key))).as(key).isEqualTo(placeholders(german.get(key)));
    }
  }

  @Test
  void buttonAndCommandTextsFitTelegramsLimits() {
    for (Map<String, String> language : texts.byLanguage().values()) {
      assertThat(language.get("feedback.thanks").length()).isLessThanOrEqualTo(200);
      assertThat(language.get("source.gone").length()).isLessThanOrEqualTo(200);
      assertThat(language.get("button.unknown").length()).isLessThanOrEqualTo(200);
      assertThat(language.get("error").length()).isLessThanOrEqualTo(200);
      language.entrySet().stream().filter(e -> e.getKey().startsWith("command."))
          .forEach(e -> assertThat(e.getValue().length()).isBetween(1, 256));
    }
  }

  @Test
  void placeholdersAreFilledIn() {
    assertThat(texts.get(false, "too.long", Map.of("max", "500"))).contains("500").doesNotContain("{max}");
  }

  @Test
  void anUnknownKeyIsNamed() {
    assertThatThrownBy(() -> texts.get(true, "nope")).hasMessageContaining("'nope'");
  }

  private static java.util.Set<String> placeholders(String text) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
