package de.halle.smartcity.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import java.util.Optional;

/**
 * Writes the messages worth a deferred retry (text and media messages; a button press expires within seconds) as
 * JSON and reads them back. Thread-safe.
 */
final class RetryPayload {
  private final ObjectMapper json = new ObjectMapper();

  /** The payload of a message worth retrying later; empty for button presses and ignored updates. */
  Optional<String> write(Incoming incoming) {
    ObjectNode node = json.createObjectNode();
    if (incoming instanceof TextMessage text) {
      common(node.put("kind", "text"), text.updateId(), text.chat(), text.from(), text.messageId(),
          text.addressed()).put("text", text.text());
    } else if (incoming instanceof MediaMessage media) {
      common(node.put("kind", "media"), media.updateId(), media.chat(), media.from(), media.messageId(),
          media.addressed());
    } else {
      return Optional.empty();
    }
    return Optional.of(node.toString());
  }

  /**
   * The message a payload describes.
   *
   * @throws IllegalArgumentException when the payload was not written by {@link #write}
   */
  Incoming read(String payload) {
    try {
      JsonNode node = json.readTree(payload);
      long updateId = node.path("update").asLong();
      ChatRef chat = new ChatRef(node.path("chat").asLong(), node.path("group").asBoolean());
      Sender from = new Sender(node.path("user").asLong(), node.path("language").asText(""));
      int messageId = node.path("message").asInt();
      boolean addressed = node.path("addressed").asBoolean();
      return switch (node.path("kind").asText()) {
        case "text" -> new TextMessage(updateId, chat, from, messageId, node.path("text").asText(), addressed);
        case "media" -> new MediaMessage(updateId, chat, from, messageId, addressed);
        default -> throw new IllegalArgumentException("unknown retry payload kind: " + node.path("kind"));
      };
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("retry payload is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode common(ObjectNode node, long updateId, ChatRef chat, Sender from, int messageId,
      boolean addressed) {
    return node.put("update", updateId).put("chat", chat.id()).put("group", chat.group()).put("user", from.userId())
        .put("language", from.languageCode()).put("message", messageId).put("addressed", addressed);
  }
}
