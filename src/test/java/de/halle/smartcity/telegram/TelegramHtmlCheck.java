package de.halle.smartcity.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses Telegram HTML the way the Bot API does, for the fake server: only Telegram's tags, balanced; only its
 * named entities or numeric ones; no raw {@code < > &}; 1 to 4096 characters after parsing.
 */
final class TelegramHtmlCheck {
  private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
      "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);");

  /** What the citizen would see, or why Telegram would answer 400. */
  record Result(String visibleText, Optional<String> problem) {}

  private TelegramHtmlCheck() {}

  static Result parse(String html) {
    StringBuilder visible = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          return problem(visible, "Unclosed start tag at byte offset " + i);
        }
        String tag = html.substring(i + 1, end);
        Optional<String> tagProblem = tag(tag, open);
        if (tagProblem.isPresent()) {
          return problem(visible, tagProblem.get());
        }
        i = end + 1;
      } else if (c == '&') {
        var m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          return problem(visible, "Unsupported entity at byte offset " + i);
        }
        visible.append(decode(m.group(1)));
        i = m.end();
      } else if (c == '>') {
        return problem(visible, "Unexpected '>' at byte offset " + i);
      } else {
        visible.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      return problem(visible, "Can't find end tag corresponding to start tag " + open.peek());
    }
    if (visible.toString().isBlank()) {
      return problem(visible, "message text is empty");
    }
    if (visible.length() > 4096) {
      return problem(visible, "message is too long");
    }
    return new Result(visible.toString(), Optional.empty());
  }

  private static Optional<String> tag(String tag, Deque<String> open) {
    if (tag.startsWith("/")) {
      String name = tag.substring(1).strip();
      if (open.isEmpty() || !open.peek().equals(name)) {
        return Optional.of("Unmatched end tag " + name);
      }
      open.pop();
      return Optional.empty();
    }
    String name = tag.split("\\s", 2)[0];
    if (!TAGS.contains(name)) {
      return Optional.of("Unsupported start tag \"" + name + "\"");
    }
    if (name.equals("a") && !tag.matches("a href=\"[^\"<>]*\"")) {
      return Optional.of("Bad link tag <" + tag + ">");
    }
    open.push(name);
    return Optional.empty();
  }

  private static String decode(String entity) {
    return switch (entity) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      default -> new String(Character.toChars(entity.startsWith("#x")
          ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
    };
  }

  private static Result problem(StringBuilder visible, String problem) {
    return new Result(visible.toString(), Optional.of("Bad Request: can't parse entities: " + problem));
  }
}
