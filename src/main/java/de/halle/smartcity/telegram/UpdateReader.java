package de.halle.smartcity.telegram;

import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.Ignored;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reduces a Telegram {@link Update} to an {@link Incoming} (an edited message counts as a new one: a citizen who
 * corrects a typo wants the corrected question answered; the caption of a photo or document is read as its text):
 * decides whether a group message is addressed to the bot (mentioned, replied to, or a command without another bot's
 * name) and strips the bot's name from the text. Updates without the fields it needs become {@link Ignored}.
 * Thread-safe.
 */
final class UpdateReader {
  private final BotIdentity bot;
  private final Pattern mention;

  UpdateReader(BotIdentity bot) {
    this.bot = bot;
    this.mention = Pattern.compile("(?<![\\w@])@" + Pattern.quote(bot.username()) + "\\b", Pattern.CASE_INSENSITIVE);
  }

  Incoming read(Update update) {
    long id = update.getUpdateId();
    if (update.hasMessage()) {
      return message(id, update.getMessage());
    }
    if (update.hasEditedMessage()) {
      return message(id, update.getEditedMessage());
    }
    if (update.hasCallbackQuery()) {
      return button(id, update.getCallbackQuery());
    }
    return new Ignored(id, 0);
  }

  private Incoming message(long id, Message message) {
    Chat chat = message.getChat();
    User from = message.getFrom();
    if (chat == null || chat.getId() == null || from == null || Boolean.TRUE.equals(from.getIsBot())
        || Boolean.TRUE.equals(chat.isChannelChat())) {
      return new Ignored(id, chat == null || chat.getId() == null ? 0 : chat.getId());
    }
    ChatRef ref = new ChatRef(chat.getId(), isGroup(chat), topic(message));
    Sender sender = new Sender(from.getId(), from.getLanguageCode());
    int messageId = message.getMessageId() == null ? 0 : message.getMessageId();
    if (message.hasText()) {
      return text(id, ref, sender, messageId, message, message.getText());
    }
    if (isMedia(message) && message.getCaption() != null && !TypedText.clean(message.getCaption()).isBlank()) {
      return text(id, ref, sender, messageId, message, message.getCaption());
    }
    if (isMedia(message)) {
      return new MediaMessage(id, ref, sender, messageId, !ref.group() || repliesToBot(message));
    }
    return new Ignored(id, ref.id());
  }

  /** A text message, or a photo, document or other media with a caption: the caption is the question. */
  private TextMessage text(long id, ChatRef chat, Sender sender, int messageId, Message message, String typed) {
    String text = TypedText.clean(typed).strip();
    if (text.startsWith("/")) {
      int end = firstWhitespace(text);
      String command = text.substring(0, end);
      int at = command.indexOf('@');
      // In a private chat every message is for this bot, also a command copied with an old or another bot's name.
      boolean ours = !chat.group() || at < 0 || command.substring(at + 1).equalsIgnoreCase(bot.username());
      String normalized = (at < 0 ? command : command.substring(0, at)) + text.substring(end);
      return new TextMessage(id, chat, sender, messageId, normalized, ours);
    }
    boolean mentioned = mention.matcher(text).find();
    boolean addressed = !chat.group() || mentioned || repliesToBot(message);
    String withoutMention = mention.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    return new TextMessage(id, chat, sender, messageId, withoutMention, addressed);
  }

  private Incoming button(long id, CallbackQuery query) {
    User from = query.getFrom();
    Sender sender = new Sender(from == null ? 0 : from.getId(), from == null ? "" : from.getLanguageCode());
    MaybeInaccessibleMessage message = query.getMessage();
    ChatRef chat;
    if (message != null && message.getChatId() != null) {
      chat = new ChatRef(message.getChatId(), message.getChat() != null && isGroup(message.getChat()),
          message instanceof Message accessible ? topic(accessible) : null);
    } else {
      chat = new ChatRef(sender.userId(), false);
    }
    return new ButtonPress(id, chat, sender, query.getId(), query.getData() == null ? "" : query.getData());
  }

  private boolean repliesToBot(Message message) {
    Message original = message.getReplyToMessage();
    return original != null && original.getFrom() != null && original.getFrom().getId() == bot.userId();
  }

  /** The forum topic of a message; null outside forums (replies in ordinary groups also carry a thread id). */
  private static Integer topic(Message message) {
    return Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
  }

  private static boolean isGroup(Chat chat) {
    return Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat());
  }

  private static boolean isMedia(Message m) {
    return m.hasSticker() || m.hasPhoto() || m.hasVoice() || m.hasDocument() || m.getAudio() != null
        || m.getVideo() != null || m.getVideoNote() != null || m.getAnimation() != null || m.hasContact()
        || m.hasLocation();
  }

  private static int firstWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }
}
