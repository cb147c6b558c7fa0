package de.halle.smartcity.knowledge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Parses one line of a staff test file into a {@link StaffTestQuestion}, or records why it cannot be used. */
final class StaffTestLineParser {

  private static final List<String> KNOWN_KEYS = List.of("id", "q", "earlier", "expect", "expect_any", "expect_not",
      "abstain", "lang");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final String EXAMPLE = "{\"id\": \"kosten\", \"q\": \"Was kostet …?\", \"expect\": [\"…\"]}";

  private final int maxEarlier;
  private final JsonMapper json = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** A parser that accepts at most {@code maxEarlier} earlier questions of the chat per question. */
  StaffTestLineParser(int maxEarlier) {
    if (maxEarlier < 1) {
      throw new IllegalArgumentException("maxEarlier must be >= 1 but was " + maxEarlier);
    }
    this.maxEarlier = maxEarlier;
  }

  /** Returns the question on this line, or empty after adding an error to {@code problems}. */
  Optional<StaffTestQuestion> parse(String file, int line, String text, List<KnowledgeProblem> problems) {
    List<KnowledgeProblem> found = new ArrayList<>();
    StaffTestQuestion question = read(file, line, text, found);
    problems.addAll(found);
    boolean rejected = found.stream().anyMatch(KnowledgeProblem::isError);
    return rejected ? Optional.empty() : Optional.ofNullable(question);
  }

  private StaffTestQuestion read(String file, int line, String text, List<KnowledgeProblem> problems) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JacksonException e) {
      problems.add(new KnowledgeProblem(file, line, "Zeile ist kein gültiges JSON (Spalte "
          + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + "): jede Zeile braucht genau ein "
          + "Objekt wie " + EXAMPLE));
      return null;
    }
    if (node == null || !node.isObject()) {
      problems.add(new KnowledgeProblem(file, line, "Zeile ist kein JSON-Objekt: bitte so schreiben: " + EXAMPLE));
      return null;
    }
    warnAboutUnknownKeys(file, line, node, problems);
    String id = requiredText(file, line, node, "id", problems);
    String question = requiredText(file, line, node, "q", problems);
    List<String> earlier = earlier(file, line, node, problems);
    List<String> expect = texts(file, line, node, "expect", "keine Kosten", problems);
    List<String> expectAny = texts(file, line, node, "expect_any", "keine Kosten", problems);
    List<String> expectNot = texts(file, line, node, "expect_not", "keine Kosten", problems);
    boolean abstain = abstain(file, line, node, problems);
    String lang = language(file, line, node, problems);
    int kinds = (node.has("expect") ? 1 : 0) + (node.has("expect_any") ? 1 : 0) + (node.has("abstain") ? 1 : 0);
    if (kinds != 1) {
      problems.add(new KnowledgeProblem(file, line, "Genau eines von \"expect\", \"expect_any\" oder "
          + "\"abstain\": true angeben (gefunden: " + kinds + "): erwartete Wörter als Liste, oder \"abstain\": true, "
          + "wenn der Bot ablehnen soll (\"expect_not\" ergänzt eines davon, steht aber nicht allein)"));
    }
    checkExpectNot(file, line, expectNot, expect, expectAny, problems);
    if (problems.stream().anyMatch(KnowledgeProblem::isError)) {
      return null;
    }
    return new StaffTestQuestion(id, question, earlier, expect, expectAny, expectNot, abstain, lang, file, line);
  }

  /** The chat's earlier questions, oldest first: at most as many as the bot keeps of a chat. */
  private List<String> earlier(String file, int line, JsonNode node, List<KnowledgeProblem> problems) {
    List<String> earlier = texts(file, line, node, "earlier", "Wann ist die Veranstaltung?", problems);
    if (earlier.size() > maxEarlier) {
      problems.add(new KnowledgeProblem(file, line, "Feld \"earlier\" nennt " + earlier.size() + " frühere Fragen, "
          + "der Bot berücksichtigt aber nur die letzten " + maxEarlier + " Fragen eines Chats: bitte nur die letzten "
          + maxEarlier + " angeben, die älteste zuerst"));
    }
    return earlier.stream().map(String::strip).toList();
  }

  private static void checkExpectNot(String file, int line, List<String> expectNot, List<String> expect,
      List<String> expectAny, List<KnowledgeProblem> problems) {
    for (String unwanted : expectNot) {
      NormalizedText part = NormalizedText.of(unwanted);
      for (String wanted : Stream.concat(expect.stream(), expectAny.stream()).toList()) {
        if (NormalizedText.of(wanted).contains(part)) {
          problems.add(new KnowledgeProblem(file, line, "\"expect_not\" enthält \"" + unwanted + "\", das in der "
              + "erwarteten Antwort \"" + wanted + "\" vorkommt, so kann die Frage nie bestehen: bitte eines von "
              + "beiden ändern"));
        }
      }
    }
  }

  private static void warnAboutUnknownKeys(String file, int line, JsonNode node, List<KnowledgeProblem> problems) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KNOWN_KEYS.contains(key)) {
        String closest = EditDistance.closest(key, KNOWN_KEYS);
        problems.add(KnowledgeProblem.warning(file, line, "Unbekanntes Feld \"" + key + "\" wird ignoriert: "
            + "meinten Sie \"" + closest + "\"?"));
      }
    }
  }

  private static String requiredText(
      String file, int line, JsonNode node, String key, List<KnowledgeProblem> problems) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(new KnowledgeProblem(file, line, "Feld \"" + key + "\" fehlt oder ist leer: bitte als Text "
          + "angeben, z. B. " + EXAMPLE));
      return null;
    }
    return value.asText().strip();
  }

  private static List<String> texts(
      String file, int line, JsonNode node, String key, String example, List<KnowledgeProblem> problems) {
    JsonNode value = node.get(key);
    List<String> texts = new ArrayList<>();
    if (value == null) {
      return texts;
    }
    if (value.isArray()) {
      value.forEach(item -> {
        if (item.isTextual() && !item.asText().isBlank()) {
          texts.add(item.asText());
        }
      });
    }
    if (!value.isArray() || texts.isEmpty() || texts.size() != value.size()) {
      problems.add(new KnowledgeProblem(file, line, "Feld \"" + key + "\" muss eine Liste nicht leerer Texte sein: "
          + "bitte z. B. \"" + key + "\": [\"" + example + "\"] schreiben"));
    }
    return texts;
  }

  private static boolean abstain(String file, int line, JsonNode node, List<KnowledgeProblem> problems) {
    JsonNode value = node.get("abstain");
    if (value == null) {
      return false;
    }
    if (!value.isBoolean() || !value.asBoolean()) {
      problems.add(new KnowledgeProblem(file, line, "Feld \"abstain\" darf nur true sein: bei einer Frage, die "
          + "beantwortet werden soll, \"abstain\" weglassen und \"expect\" angeben"));
      return false;
    }
    return true;
  }

  private static String language(String file, int line, JsonNode node, List<KnowledgeProblem> problems) {
    JsonNode value = node.get("lang");
    if (value == null) {
      return "de";
    }
    if (!value.isTextual() || !LANGUAGE.matcher(value.asText()).matches()) {
      problems.add(new KnowledgeProblem(file, line, "Feld \"lang\" muss ein Sprachkürzel aus zwei Kleinbuchstaben "
          + "sein (z. B. \"de\" oder \"en\"), nicht " + value));
      return "de";
    }
    return value.asText();
  }
}
