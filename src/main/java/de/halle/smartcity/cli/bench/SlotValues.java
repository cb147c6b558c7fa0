package de.halle.smartcity.cli.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one synthetic release's template slots: drawn once per slot ({@code {ort}}, {@code {ort2}}, ...) so
 * that the release and the questions about it agree.
 */
final class SlotValues {

  private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)(\\d?)}");
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  private final Map<String, List<String>> vocabulary;
  private final Random random;
  private final Map<String, String> values = new HashMap<>();
  private final LocalDate releaseDate;

  SlotValues(Map<String, List<String>> vocabulary, Random random) {
    this.vocabulary = vocabulary;
    this.random = random;
    this.releaseDate = randomDate();
  }

  /** The template with every slot replaced by this release's value for it. */
  String fill(String template) {
    Matcher matcher = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.computeIfAbsent(matcher.group(), key -> draw(matcher.group(1)));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  String isoDate() {
    return releaseDate.toString();
  }

  private String draw(String slot) {
    return switch (slot) {
      case "datum" -> GERMAN_DATE.format(randomDate());
      case "jahr" -> String.valueOf(2015 + random.nextInt(16));
      case "betrag" -> random.nextBoolean()
          ? (5 + random.nextInt(950)) + ".000"
          : (1 + random.nextInt(20)) + "," + random.nextInt(10) + " Millionen";
      case "prozent" -> String.valueOf(5 + random.nextInt(91));
      case "anzahl" -> String.valueOf(3 + random.nextInt(500));
      case "uhrzeit" -> (7 + random.nextInt(14)) + (random.nextBoolean() ? ".30" : "");
      case "person" -> word("vorname") + " " + word("nachname");
      case "ort" -> word("ortanfang") + word("ortende");
      case "projekt" -> projectName();
      default -> word(slot);
    };
  }

  private String projectName() {
    String start = word("projektanfang");
    String end = word("projektende");
    return start + (Character.isDigit(end.charAt(0)) ? " " : "") + end;
  }

  private String word(String slot) {
    List<String> words = vocabulary.get(slot);
    if (words == null || words.isEmpty()) {
      throw new IllegalStateException("no vocabulary for slot {" + slot + "} in " + SyntheticReleases.RESOURCE);
    }
    return SyntheticReleases.pick(words, random);
  }

  private LocalDate randomDate() {
    return FIRST_DAY.plusDays(random.nextInt(12 * 365));
  }
}
