package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builders for update JSON as Telegram sends it (without {@code update_id}, which the fake server assigns). */
final class Updates {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Updates() {}

  static ObjectNode chat(long chatId) {
    ObjectNode chat = JSON.createObjectNode().put("id", chatId);
    if (chatId < 0) {
      chat.put("type", "supergroup").put("title", "Stadtgespräch");
    } else {
      chat.put("type", "private").put("first_name", "Erika");
    }
    return chat;
  }

  static ObjectNode user(long userId, String language) {
    return JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "Erika")
        .put("language_code", language);
  }

  /**
   * A message in the chat from the user; add content with {@code put("text", …)} etc. Its {@code message_id} is
   * assigned by {@link FakeBotApi#push}.
   */
  static ObjectNode message(long chatId, long userId) {
    ObjectNode message = JSON.createObjectNode().put("date", 1_700_000_000);
    message.set("chat", chat(chatId));
    message.set("from", user(userId, "de"));
    return message;
  }

  static ObjectNode text(long chatId, long userId, String text) {
    return wrap(message(chatId, userId).put("text", text));
  }

  /** A group message that replies to a message of the bot. */
  static ObjectNode replyToBot(long chatId, long userId, String text) {
    ObjectNode message = message(chatId, userId).put("text", text);
    ObjectNode original = message.putObject("reply_to_message").put("message_id", 1).put("date", 1_700_000_000);
    original.set("chat", chat(chatId));
    original.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Halle Bot")
        .put("username", FakeBotApi.BOT_USERNAME);
    original.put("text", "frühere Antwort");
    return wrap(message);
  }

  static ObjectNode sticker(long chatId, long userId) {
    ObjectNode message = message(chatId, userId);
    message.putObject("sticker").put("file_id", "s1").put("file_unique_id", "u1").put("type", "regular")
        .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
    return wrap(message);
  }

  static ObjectNode photo(long chatId, long userId) {
    ObjectNode message = message(chatId, userId);
    message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "u2").put("width", 90)
        .put("height", 90);
    return wrap(message);
  }

  static ObjectNode voice(long chatId, long userId) {
    ObjectNode message = message(chatId, userId);
    message.putObject("voice").put("file_id", "v1").put("file_unique_id", "u3").put("duration", 3);
    return wrap(message);
  }

  static ObjectNode document(long chatId, long userId) {
    ObjectNode message = message(chatId, userId);
    message.putObject("document").put("file_id", "d1").put("file_unique_id", "u4").put("file_name", "antrag.pdf");
    return wrap(message);
  }

  /** A press on a button with {@code data} under the bot's message {@code messageId} in the chat. */
  static ObjectNode button(long chatId, long userId, int messageId, String data) {
    ObjectNode update = JSON.createObjectNode();
    ObjectNode query = update.putObject("callback_query").put("id", "cb-" + messageId + "-" + data)
        .put("chat_instance", "ci").put("data", data);
    query.set("from", user(userId, "de"));
    ObjectNode message = query.putObject("message").put("message_id", messageId).put("date", 1_700_000_000)
        .put("text", "Antwort");
    message.set("chat", chat(chatId));
    message.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Halle Bot");
    return update;
  }

  private static ObjectNode wrap(ObjectNode message) {
    ObjectNode update = JSON.createObjectNode();
    update.set("message", message);
    return update;
  }
}
