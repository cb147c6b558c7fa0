package de.halle.smartcity.telegram;

import de.halle.smartcity.telegram.BotApiException.Kind;
import de.halle.smartcity.telegram.Outgoing.Button;
import de.halle.smartcity.telegram.Outgoing.ButtonAnswer;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.io.Serializable;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * {@link ReplySender} on the Bot API: paces chat messages with the {@link OutboundLimiter}, retries 429 answers after
 * Telegram's {@code retry_after} (a bounded number of times) and leaves other failures to the caller.
 */
final class TelegramReplySender implements ReplySender {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramReplySender.class);
  static final int MAX_RATE_LIMIT_RETRIES = 5;

  private final BotApi api;
  private final OutboundLimiter limiter;
  private final Ticker ticker;
  private final ChatMigrations migrations = new ChatMigrations();

  TelegramReplySender(BotApi api, OutboundLimiter limiter, Ticker ticker) {
    this.api = api;
    this.limiter = limiter;
    this.ticker = ticker;
  }

  @Override
  public void send(Outgoing reply) throws BotApiException, InterruptedException {
    if (reply instanceof ChatMessage message) {
      ChatMessage current = migrations.current(message);
      try {
        callPaced(current.chat(), toSendMessage(current));
      } catch (BotApiException e) {
        if (e.migrateToChatId().isEmpty()) {
          throw e;
        }
        ChatMessage moved = migrations.moved(current, e.migrateToChatId().get());
        callPaced(moved.chat(), toSendMessage(moved));
      }
    } else if (reply instanceof ButtonAnswer answer) {
      answerPress(answer);
    }
  }

  /**
   * Answers a button press; a press Telegram refuses to take an answer for (too old, as after a restart) is passed
   * over, so the replies after it (a source card) still go out.
   */
  private void answerPress(ButtonAnswer answer) throws BotApiException, InterruptedException {
    try {
      callPaced(null, AnswerCallbackQuery.builder()
          .callbackQueryId(answer.callbackQueryId())
          .text(answer.text().isEmpty() ? null : answer.text())
          .build());
    } catch (BotApiException e) {
      if (e.kind() != Kind.REJECTED) {
        throw e;
      }
      LOG.info("button press no longer answerable, passed over: {}", e.getMessage());
    }
  }

  @Override
  public void typing(ChatRef chat) {
    try {
      api.call(SendChatAction.builder().chatId(migrations.current(chat.id())).messageThreadId(chat.topic())
          .action(ActionType.TYPING.toString()).build());
    } catch (BotApiException e) {
      LOG.debug("typing indicator not shown: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Calls the method, waiting for a send slot first when it goes to a chat; retries 429 answers. */
  private <T extends Serializable> T callPaced(ChatRef chat, BotApiMethod<T> method)
      throws BotApiException, InterruptedException {
    for (int retries = 0; ; retries++) {
      if (chat != null) {
        ticker.sleep(limiter.reserve(chat.id(), chat.group()));
      }
      try {
        return api.call(method);
      } catch (BotApiException e) {
        if (e.kind() != Kind.RATE_LIMITED || retries >= MAX_RATE_LIMIT_RETRIES) {
          throw e;
        }
        LOG.warn("Telegram asked to slow down ({}); retrying in {}", method.getMethod(), e.retryAfter());
        ticker.sleep(e.retryAfter());
      }
    }
  }

  static SendMessage toSendMessage(ChatMessage message) {
    SendMessage.SendMessageBuilder<?, ?> builder = SendMessage.builder()
        .chatId(message.chat().id())
        .messageThreadId(message.chat().topic())
        .text(message.html())
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
    if (!message.buttons().isEmpty()) {
      builder.replyMarkup(keyboard(message.buttons()));
    }
    if (message.replyTo() != null) {
      builder.replyParameters(
          ReplyParameters.builder().messageId(message.replyTo()).allowSendingWithoutReply(true).build());
    }
    return builder.build();
  }

  private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
    List<InlineKeyboardRow> keyboard = rows.stream()
        .map(row -> new InlineKeyboardRow(row.stream()
            .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
            .toList()))
        .toList();
    return new InlineKeyboardMarkup(keyboard);
  }
}
