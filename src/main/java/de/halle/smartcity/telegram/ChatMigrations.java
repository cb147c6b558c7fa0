package de.halle.smartcity.telegram;

import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers groups that Telegram upgraded to supergroups (a call to the old id is refused with
 * {@code migrate_to_chat_id}), so replies still queued for the old id go to the new one. Kept in memory: after the
 * upgrade Telegram delivers the group's messages under the new id, and a reply kept across a restart is refused and
 * moved again. Thread-safe.
 */
final class ChatMigrations {
  private static final Logger LOG = LoggerFactory.getLogger(ChatMigrations.class);

  private final Map<Long, Long> movedTo = new ConcurrentHashMap<>();

  /** The id the chat has now. */
  long current(long chatId) {
    return movedTo.getOrDefault(chatId, chatId);
  }

  /** The message, addressed to the chat's current id. */
  ChatMessage current(ChatMessage message) {
    long id = current(message.chat().id());
    return id == message.chat().id() ? message : to(message, id);
  }

  /** Notes that the message's chat moved to {@code newChatId} and returns the message addressed there. */
  ChatMessage moved(ChatMessage message, long newChatId) {
    if (movedTo.put(message.chat().id(), newChatId) == null) {
      LOG.info("a group became a supergroup; its replies now go to the new chat id");
    }
    return to(message, newChatId);
  }

  private static ChatMessage to(ChatMessage message, long chatId) {
    ChatRef chat = new ChatRef(chatId, true, message.chat().topic());
    return new ChatMessage(chat, message.html(), message.buttons(), message.replyTo());
  }
}
