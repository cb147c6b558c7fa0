package de.halle.smartcity.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import de.halle.smartcity.telegram.Outgoing.Button;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the updates worth keeping for a later try (text and media messages, button presses: their 👍/👎 or source
 * card outlive the press) as JSON, with the replies already worked out but not yet sent, and reads them back.
 * Thread-safe.
 */
final class RetryPayload {
  /** Larger payloads keep only the message and work the replies out again; the database column stays ample. */
  static final int MAX_BYTES = 4000;

  private final ObjectMapper json = new ObjectMapper();

  /**
   * A message to try again.
   *
   * @param incoming the message as received
   * @param unsent the chat messages already worked out for it and not yet sent; empty to work them out again
   */
  record Pending(Incoming incoming, List<Outgoing> unsent) {
    Pending {
      Objects.requireNonNull(incoming, "incoming");
      unsent = List.copyOf(unsent);
    }
  }

  /** The payload of an update worth retrying later; empty for ignored updates. */
  Optional<String> write(Incoming incoming, List<Outgoing> unsent) {
    return write(incoming).map(node -> {
      String bare = node.toString();
      if (unsent.isEmpty() || !unsent.stream().allMatch(ChatMessage.class::isInstance)) {
        return bare;
      }
      ArrayNode replies = node.putArray("unsent");
      unsent.forEach(reply -> replies.add(chatMessage((ChatMessage) reply)));
      String full = node.toString();
      return full.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? full : bare;
    });
  }

  private Optional<ObjectNode> write(Incoming incoming) {
    ObjectNode node = json.createObjectNode();
    if (incoming instanceof TextMessage text) {
      common(node.put("kind", "text"), text.updateId(), text.chat(), text.from(), text.messageId(),
          text.addressed()).put("text", text.text());
    } else if (incoming instanceof MediaMessage media) {
      common(node.put("kind", "media"), media.updateId(), media.chat(), media.from(), media.messageId(),
          media.addressed());
    } else if (incoming instanceof ButtonPress press) {
      common(node.put("kind", "button"), press.updateId(), press.chat(), press.from(), 0, true)
          .put("callbackQuery", press.callbackQueryId()).put("data", press.data());
    } else {
      return Optional.empty();
    }
    return Optional.of(node);
  }

  /**
   * The message a payload describes.
   *
   * @throws IllegalArgumentException when the payload was not written by {@link #write}
   */
  Pending read(String payload) {
    try {
      JsonNode node = json.readTree(payload);
      List<Outgoing> unsent = new ArrayList<>();
      node.path("unsent").forEach(reply -> unsent.add(chatMessage(reply)));
      return new Pending(incoming(node), unsent);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("retry payload is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Incoming incoming(JsonNode node) {
    long updateId = node.path("update").asLong();
    ChatRef chat = chat(node);
    Sender from = new Sender(node.path("user").asLong(), node.path("language").asText(""));
    int messageId = node.path("message").asInt();
    boolean addressed = node.path("addressed").asBoolean();
    return switch (node.path("kind").asText()) {
      case "text" -> new TextMessage(updateId, chat, from, messageId, node.path("text").asText(), addressed);
      case "media" -> new MediaMessage(updateId, chat, from, messageId, addressed);
      case "button" ->
          new ButtonPress(updateId, chat, from, node.path("callbackQuery").asText(), node.path("data").asText());
      default -> throw new IllegalArgumentException("unknown retry payload kind: " + node.path("kind"));
    };
  }

  private ObjectNode chatMessage(ChatMessage message) {
    ObjectNode node = putChat(json.createObjectNode(), message.chat()).put("html", message.html());
    if (message.replyTo() != null) {
      node.put("replyTo", message.replyTo());
    }
    ArrayNode rows = node.putArray("buttons");
    for (List<Button> row : message.buttons()) {
      ArrayNode buttons = rows.addArray();
      row.forEach(b -> buttons.addObject().put("label", b.label()).put("data", b.data()));
    }
    return node;
  }

  private static ChatMessage chatMessage(JsonNode node) {
    List<List<Button>> rows = new ArrayList<>();
    for (JsonNode row : node.path("buttons")) {
      List<Button> buttons = new ArrayList<>();
      row.forEach(b -> buttons.add(new Button(b.path("label").asText(), b.path("data").asText())));
      rows.add(buttons);
    }
    Integer replyTo = node.has("replyTo") ? node.path("replyTo").asInt() : null;
    return new ChatMessage(chat(node), node.path("html").asText(), rows, replyTo);
  }

  private static ChatRef chat(JsonNode node) {
    Integer topic = node.has("topic") ? node.path("topic").asInt() : null;
    return new ChatRef(node.path("chat").asLong(), node.path("group").asBoolean(), topic);
  }

  private static ObjectNode putChat(ObjectNode node, ChatRef chat) {
    node.put("chat", chat.id()).put("group", chat.group());
    if (chat.topic() != null) {
      node.put("topic", chat.topic());
    }
    return node;
  }

  private static ObjectNode common(ObjectNode node, long updateId, ChatRef chat, Sender from, int messageId,
      boolean addressed) {
    return putChat(node.put("update", updateId), chat).put("user", from.userId())
        .put("language", from.languageCode()).put("message", messageId).put("addressed", addressed);
  }
}
