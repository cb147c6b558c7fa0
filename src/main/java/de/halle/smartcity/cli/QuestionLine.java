package de.halle.smartcity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.Optional;

/**
 * One input line of {@code ask}: a plain question, or a JSON object with {@code q} (or {@code question}) and an
 * optional {@code id}, as in the eval question files.
 *
 * @param line 1-based line number in the input
 * @param id the {@code id} of a JSON line, echoed in the output
 * @param text the question text; empty when the line is malformed
 * @param error what is wrong with a malformed line
 */
record QuestionLine(int line, Optional<JsonNode> id, String text, Optional<String> error) {

  QuestionLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(error, "error");
  }

  static QuestionLine parse(int line, String raw, ObjectMapper json) {
    String trimmed = raw.strip();
    if (!trimmed.startsWith("{")) {
      return new QuestionLine(line, Optional.empty(), trimmed, Optional.empty());
    }
    JsonNode node;
    try {
      node = json.readTree(trimmed);
    } catch (JsonProcessingException e) {
      return invalid(line, Optional.empty(), "not valid JSON: " + e.getOriginalMessage());
    }
    Optional<JsonNode> id = Optional.ofNullable(node.get("id"));
    JsonNode question = node.has("q") ? node.get("q") : node.get("question");
    if (question == null || !question.isTextual() || question.asText().isBlank()) {
      return invalid(line, id, "JSON line without a question: expected a text field \"q\" or \"question\"");
    }
    return new QuestionLine(line, id, question.asText().strip(), Optional.empty());
  }

  private static QuestionLine invalid(int line, Optional<JsonNode> id, String error) {
    return new QuestionLine(line, id, "", Optional.of(error));
  }
}
