package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.Question;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import de.halle.smartcity.telegram.Outgoing.ButtonAnswer;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import de.halle.smartcity.privacy.PrivacyNotice;
import java.time.Duration;
import java.util.List;

/**
 * Works out the bot's replies to one update: commands, questions, button presses, polite refusals for non-text
 * messages, and silence in groups unless the bot is addressed. Thread-safe; one update of a chat at a time.
 */
final class Conversation {
  static final int MAX_QUESTION_CHARS = 500;
  /** How long a chat's recent questions are kept in memory for follow-ups. */
  static final Duration CONTEXT_TTL = Duration.ofMinutes(10);
  private static final int MAX_CHATS = 10_000;

  private final CommandReplies commands;
  private final QuestionReplies questions;
  private final ButtonReplies buttons;
  private final Texts texts;

  Conversation(CommandReplies commands, QuestionReplies questions, ButtonReplies buttons, Texts texts) {
    this.commands = commands;
    this.questions = questions;
    this.buttons = buttons;
    this.texts = texts;
  }

  /** Builds the conversation with its in-memory parts (recent questions, rate limit). */
  static Conversation assemble(TelegramSettings settings, BotServices services, BotIdentity bot,
      TypingIndicator typing, Ticker ticker) {
    Texts texts = Texts.load();
    HtmlSplitter splitter = new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT);
    AnswerHtml html = new AnswerHtml(texts, splitter);
    ChatMemory chatMemory = new ChatMemory(Question.MAX_RECENT_QUESTIONS, CONTEXT_TTL, MAX_CHATS, ticker);
    CitizenRateLimit rateLimit =
        new CitizenRateLimit(settings.questionsPerMinute(), Duration.ofMinutes(1), MAX_CHATS, ticker);
    CommandReplies commands = new CommandReplies(texts, splitter, services.knowledge(), services.questionLog(),
        chatMemory::forget,
        new CommandReplies.Settings(bot, new PrivacyNotice(settings.retentionDays()), settings.adminIds(),
            services.adminCommands()));
    QuestionReplies questions = new QuestionReplies(
        new QuestionReplies.Parts(services.scrubber(), rateLimit, services.answerer(), chatMemory,
            services.questionLog()),
        html, texts, typing, services.clock(), MAX_QUESTION_CHARS);
    ButtonReplies buttons = new ButtonReplies(services.questionLog(), html, texts, services.clock());
    return new Conversation(commands, questions, buttons, texts);
  }

  /** The replies to send, in order; empty when the bot stays silent. */
  List<Outgoing> reply(Incoming incoming) {
    if (incoming instanceof TextMessage message) {
      if (!message.addressed()) {
        return List.of();
      }
      return message.command() ? commands.reply(message) : questions.reply(message);
    }
    if (incoming instanceof MediaMessage media) {
      if (!media.addressed()) {
        return List.of();
      }
      return List.of(ChatMessage.of(media.chat(), texts.get(media.from().english(), "media"), replyTo(media)));
    }
    if (incoming instanceof ButtonPress press) {
      return buttons.reply(press);
    }
    return List.of();
  }

  /** A polite "that did not work" for an update whose handling failed for good; empty when silence is right. */
  List<Outgoing> apology(Incoming incoming) {
    if (incoming instanceof TextMessage message && message.addressed()) {
      Integer replyTo = message.chat().group() ? message.messageId() : null;
      return List.of(ChatMessage.of(message.chat(), texts.get(message.from().english(), "error"), replyTo));
    }
    if (incoming instanceof ButtonPress press) {
      return List.of(new ButtonAnswer(press.callbackQueryId(), texts.get(press.from().english(), "error")));
    }
    return List.of();
  }

  private static Integer replyTo(MediaMessage media) {
    return media.chat().group() ? media.messageId() : null;
  }
}
