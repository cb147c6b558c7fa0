package de.halle.smartcity.telegram;

import java.util.List;
import java.util.Objects;

/** Something the bot sends in reply to one update: a chat message or the answer to a button press. */
sealed interface Outgoing permits Outgoing.ChatMessage, Outgoing.ButtonAnswer {

  /**
   * A message in Telegram's HTML parse mode, at most {@link HtmlSplitter#TELEGRAM_LIMIT} characters.
   *
   * @param chat where to send it
   * @param html the text, escaped for HTML parse mode
   * @param buttons rows of inline buttons; empty for none
   * @param replyTo the message this one answers (used in groups), or null
   */
  record ChatMessage(ChatRef chat, String html, List<List<Button>> buttons, Integer replyTo) implements Outgoing {
    public ChatMessage {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(html, "html");
      buttons = buttons.stream().map(List::copyOf).toList();
      if (html.isBlank() || html.length() > HtmlSplitter.TELEGRAM_LIMIT) {
        throw new IllegalArgumentException("message text must have 1.." + HtmlSplitter.TELEGRAM_LIMIT
            + " characters but had " + html.length());
      }
    }

    /** A message without buttons. */
    static ChatMessage of(ChatRef chat, String html, Integer replyTo) {
      return new ChatMessage(chat, html, List.of(), replyTo);
    }
  }

  /**
   * The mandatory answer to a button press; Telegram shows a progress bar until it arrives.
   *
   * @param callbackQueryId the id of the press
   * @param text a short notice (at most 200 characters), empty for none
   */
  record ButtonAnswer(String callbackQueryId, String text) implements Outgoing {
    static final int MAX_TEXT = 200;

    public ButtonAnswer {
      Objects.requireNonNull(callbackQueryId, "callbackQueryId");
      Objects.requireNonNull(text, "text");
      if (text.length() > MAX_TEXT) {
        throw new IllegalArgumentException("button answer must have at most " + MAX_TEXT + " characters but had "
            + text.length());
      }
    }
  }

  /**
   * One inline button.
   *
   * @param label what the citizen sees
   * @param data the encoded {@link CallbackData}
   */
  record Button(String label, String data) {
    public Button {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(data, "data");
    }
  }
}
