package de.halle.smartcity.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Says in an operator's words why a {@code getUpdates} answer that did arrive (with a 2xx status) could not be read
 * as updates: Telegram's own error, an HTML page (a proxy's or gateway's) instead of Telegram's JSON, an empty or
 * cut-off answer, JSON that is no Bot API answer, or updates the library's types do not fit. The library itself only
 * says "Telegram error 0" for all of these but the first. Thread-safe.
 */
final class UnreadableAnswer {
  private static final int MAX_QUOTE = 80;
  private static final Pattern HTML_HEADING =
      Pattern.compile("<(title|h1)[^>]*>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final ObjectMapper json = new ObjectMapper();

  /** What was wrong with {@code answer}, the text of the poll's answer, given how the library failed to read it. */
  String what(String answer, Exception failure) {
    if (failure instanceof TelegramApiRequestException error && error.getErrorCode() != null
        && error.getErrorCode() != 0) {
      return telegramError(error);
    }
    Reading reading = read(answer);
    return reading.problem() != null ? reading.problem() : telegramProblem(reading.botApiAnswer(), failure);
  }

  /**
   * What {@code answer} is instead of a Bot API answer (empty, an HTML page, not JSON, broken or cut-off JSON, JSON
   * without Telegram's {@code "ok"}), or empty when it is one, whether Telegram's error or not.
   */
  Optional<String> notBotApiAnswer(String answer) {
    return Optional.ofNullable(read(answer).problem());
  }

  /** An answer read once: Telegram's JSON (one with {@code "ok"}), or else what it is instead. */
  private record Reading(JsonNode botApiAnswer, String problem) {
    Reading {
      if ((botApiAnswer == null) == (problem == null)) {
        throw new IllegalArgumentException("need either the answer or the problem, got " + botApiAnswer + " and "
            + problem);
      }
    }

    static Reading problem(String problem) {
      return new Reading(null, problem);
    }
  }

  private Reading read(String answer) {
    String text = answer == null ? "" : answer.strip();
    if (text.isEmpty()) {
      return Reading.problem("empty answer instead of Telegram's JSON (cut off by the network or a proxy?)");
    }
    if (text.startsWith("<")) {
      return Reading.problem("an HTML page instead of Telegram's JSON (a proxy or gateway answered?): \""
          + htmlGist(text) + "\"");
    }
    if (!text.startsWith("{") && !text.startsWith("[")) {
      return Reading.problem("answer is not JSON: \"" + quote(text) + "\"");
    }
    try {
      JsonNode node = json.readTree(text);
      return node.has("ok") ? new Reading(node, null)
          : Reading.problem("JSON without Telegram's \"ok\" field, not a Bot API answer: \"" + quote(text) + "\"");
    } catch (JacksonException broken) {
      String message = PollWatch.oneLine(broken.getOriginalMessage());
      return Reading.problem(broken instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")
          ? "answer cut off after " + text.length() + " characters (incomplete JSON)"
          : "answer is broken JSON (" + message + ")");
    }
  }

  /** Telegram's error code and description, which the library keeps apart from its message. */
  static String telegramError(TelegramApiRequestException error) {
    return "Telegram error " + error.getErrorCode() + ": " + PollWatch.oneLine(error.getApiResponse());
  }

  /** What was wrong with a Bot API answer (one with {@code "ok"}) that the library could not read as updates. */
  private static String telegramProblem(JsonNode node, Exception failure) {
    if (!node.path("ok").asBoolean(false)) {
      String description = PollWatch.oneLine(node.path("description").asText(""));
      return "Telegram refused the poll without an error code" + (description.isEmpty() ? "" : ": " + description);
    }
    Throwable cause = rootCause(failure);
    String why = cause instanceof JacksonException mismatch
        ? mismatch.getClass().getSimpleName() + ": " + PollWatch.oneLine(mismatch.getOriginalMessage())
        : PollWatch.describe(cause);
    return "updates in the answer do not fit the library's types (" + why + ")";
  }

  /** The page's title or first heading, else its text without tags. */
  private static String htmlGist(String html) {
    Matcher heading = HTML_HEADING.matcher(html);
    String gist = heading.find() ? heading.group(2) : html;
    return quote(gist.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " "));
  }

  private static String quote(String text) {
    String flat = PollWatch.oneLine(text);
    return flat.length() <= MAX_QUOTE ? flat : flat.substring(0, MAX_QUOTE) + "…";
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
