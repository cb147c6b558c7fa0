package de.halle.smartcity.telegram;

import java.util.Objects;

/** One Telegram update reduced to what the conversation needs; see {@link UpdateReader}. */
sealed interface Incoming
    permits Incoming.TextMessage, Incoming.MediaMessage, Incoming.ButtonPress, Incoming.Ignored {

  /** Telegram's {@code update_id}, the key for exactly-once handling. */
  long updateId();

  /** The key whose updates are handled one at a time, in order: the chat id. */
  long chatKey();

  /** Who wrote, for replies in the citizen's language and the admin check. */
  record Sender(long userId, String languageCode) {
    public Sender {
      languageCode = languageCode == null ? "" : languageCode;
    }

    /** True when the citizen's Telegram is set to English. */
    boolean english() {
      return languageCode.startsWith("en");
    }
  }

  /**
   * A text message.
   *
   * @param text the text with any mention of the bot removed
   * @param addressed true in private chats, and in groups when the bot was mentioned, replied to or commanded
   */
  record TextMessage(long updateId, ChatRef chat, Sender from, int messageId, String text, boolean addressed)
      implements Incoming {
    public TextMessage {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public long chatKey() {
      return chat.id();
    }

    /** True when the text is a bot command such as {@code /hilfe}. */
    boolean command() {
      return text.startsWith("/");
    }
  }

  /** A sticker, photo, voice message, document or other non-text message. */
  record MediaMessage(long updateId, ChatRef chat, Sender from, int messageId, boolean addressed)
      implements Incoming {
    @Override
    public long chatKey() {
      return chat.id();
    }
  }

  /**
   * A press on one of the bot's inline buttons.
   *
   * @param chat the chat of the message the button sits under
   * @param callbackQueryId the id to answer with {@code answerCallbackQuery}
   * @param data the button's {@code callback_data}
   */
  record ButtonPress(long updateId, ChatRef chat, Sender from, String callbackQueryId, String data)
      implements Incoming {
    @Override
    public long chatKey() {
      return chat.id();
    }
  }

  /** An update the bot does not react to (channel posts, service messages, messages from bots). */
  record Ignored(long updateId, long chatKey) implements Incoming {}
}
