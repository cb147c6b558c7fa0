package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the {@link FakeBotApi} answers each Bot API method the bot uses, as Telegram does: {@code getUpdates} from the
 * {@link FakeUpdateQueue}, every answer with {@code "ok"}, HTML messages parsed like Telegram does (400 on bad
 * markup), 400 for a chat that became a supergroup and for an expired button press. Thread-safe.
 */
final class FakeAnswers {
  private final ObjectMapper json = new ObjectMapper();
  private final FakeUpdateQueue updates;
  private final AtomicInteger messageIds;
  private final Map<Long, Long> migratedChats = new HashMap<>();
  private boolean pressesExpired;

  /** One answer: its HTTP status, its JSON, and for a message sent the text the citizen sees (else null). */
  record Reply(int status, ObjectNode json, String visibleText) {
    int messageId() {
      return json.path("result").path("message_id").asInt(0);
    }
  }

  FakeAnswers(FakeUpdateQueue updates, AtomicInteger messageIds) {
    this.updates = updates;
    this.messageIds = messageIds;
  }

  /**
   * Answers every later {@code answerCallbackQuery} 400 like Telegram does for a press older than its answer window
   * (as after a restart).
   */
  synchronized void expireButtonPresses() {
    pressesExpired = true;
  }

  /**
   * Makes the group a supergroup under a new id, like Telegram: every later call to the old id is answered 400 with
   * {@code parameters.migrate_to_chat_id}.
   */
  synchronized void migrateGroup(long groupId, long supergroupId) {
    migratedChats.put(groupId, supergroupId);
  }

  /** Telegram's answer to a call of the (lower-case) method with the request's JSON body. */
  Reply answer(String method, JsonNode body) throws InterruptedException {
    Long migratedTo;
    boolean expired;
    synchronized (this) {
      migratedTo = body.has("chat_id") ? migratedChats.get(body.path("chat_id").asLong()) : null;
      expired = pressesExpired && method.equals("answercallbackquery");
    }
    if (expired) {
      return new Reply(400, error(400,
          "Bad Request: query is too old and response timeout expired or query ID is invalid"), null);
    }
    if (migratedTo != null) {
      ObjectNode error = error(400, "Bad Request: group chat was upgraded to a supergroup chat");
      error.putObject("parameters").put("migrate_to_chat_id", migratedTo);
      return new Reply(400, error, null);
    }
    return switch (method) {
      case "getupdates" -> new Reply(200, ok(updates.poll(body)), null);
      case "getme" -> new Reply(200, ok(botUser()), null);
      case "deletewebhook", "setmycommands", "sendchataction", "answercallbackquery", "editmessagereplymarkup" ->
          new Reply(200, ok(json.getNodeFactory().booleanNode(true)), null);
      case "sendmessage" -> sendMessage(body);
      default -> new Reply(404, error(404, "Not Found: method not found"), null);
    };
  }

  /** 429 with {@code retry_after}. */
  Reply tooManyRequests(int retryAfter) {
    ObjectNode error = error(429, "Too Many Requests: retry after " + retryAfter);
    error.putObject("parameters").put("retry_after", retryAfter);
    return new Reply(429, error, null);
  }

  /** Telegram's error answer with the status as its {@code error_code}. */
  Reply failure(int status, String description) {
    return new Reply(status, error(status, description), null);
  }

  private Reply sendMessage(JsonNode body) {
    String text = body.path("text").asText("");
    String visible = text;
    if ("html".equalsIgnoreCase(body.path("parse_mode").asText())) {
      TelegramHtmlCheck.Result parsed = TelegramHtmlCheck.parse(text);
      Optional<String> problem = parsed.problem();
      if (problem.isPresent()) {
        return failure(400, problem.get());
      }
      visible = parsed.visibleText();
    } else if (text.isBlank() || text.length() > 4096) {
      return failure(400, "Bad Request: message is too long or empty");
    }
    long chatId = Long.parseLong(body.path("chat_id").asText());
    ObjectNode message = json.createObjectNode();
    message.put("message_id", messageIds.getAndIncrement());
    message.put("date", System.currentTimeMillis() / 1000);
    message.set("chat", Updates.chat(chatId));
    message.set("from", botUser());
    message.put("text", visible);
    return new Reply(200, ok(message), visible);
  }

  private ObjectNode ok(JsonNode result) {
    ObjectNode node = json.createObjectNode().put("ok", true);
    node.set("result", result);
    return node;
  }

  private ObjectNode error(int code, String description) {
    return json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
  }

  private ObjectNode botUser() {
    return json.createObjectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Halle Bot")
        .put("username", FakeBotApi.BOT_USERNAME);
  }
}
