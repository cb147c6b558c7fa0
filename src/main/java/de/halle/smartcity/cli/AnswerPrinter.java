package de.halle.smartcity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders answers for {@code ask}: as the citizen's text, on one line, or as one JSON object per line ({@code sources}
 * holds the releases an answer cites; a decline has none and lists the closest release found in
 * {@code closest_releases}).
 */
final class AnswerPrinter {

  private final ObjectMapper json;

  AnswerPrinter(ObjectMapper json) {
    this.json = json;
  }

  /** The answer's text on a single line, its line breaks shown as {@code " | "}. */
  static String oneLine(Answer answer) {
    return answer.text().replaceAll("\\s*\\R\\s*", " | ");
  }

  /** One JSON object with the fields of the {@code ask --json} contract. */
  String jsonLine(QuestionLine question, Answer answer, double latencyMillis) {
    ObjectNode node = json.createObjectNode();
    question.id().ifPresent(id -> node.set("id", id));
    node.put("question", question.text());
    node.put("answered", answer.answered());
    node.put("answer", answer.text());
    putSources(node.putArray("sources"), answer.citedSources());
    if (answer.kind() == Answer.Kind.DECLINED) {
      putSources(node.putArray("closest_releases"), answer.closestReleases());
    }
    node.put("confidence", answer.confidence());
    node.put("latency_ms", Math.round(latencyMillis * 1000) / 1000.0);
    node.put("kind", answer.kind().name());
    node.put("language", answer.language());
    return write(node);
  }

  private static void putSources(ArrayNode array, List<Source> sources) {
    for (Source source : sources) {
      array.addObject()
          .put("file", source.file())
          .put("title", source.title())
          .put("date", source.date().toString())
          .put("url", source.url());
    }
  }

  /** One JSON object for an input line that could not be read as a question. */
  String jsonError(QuestionLine question) {
    ObjectNode node = json.createObjectNode();
    question.id().ifPresent(id -> node.set("id", id));
    node.put("line", question.line());
    node.put("error", question.error().orElse("unknown error"));
    return write(node);
  }

  private String write(ObjectNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a JSON line", e);
    }
  }
}
