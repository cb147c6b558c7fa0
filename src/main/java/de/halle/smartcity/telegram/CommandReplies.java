package de.halle.smartcity.telegram;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.privacy.PrivacyNotice;
import de.halle.smartcity.store.QuestionLog;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies to bot commands: the citizen commands ({@code /start}, {@code /hilfe}, {@code /quellen},
 * {@code /datenschutz}, {@code /ueber}, {@code /vergessen}) and, for admins only, the staff commands plugged in by
 * name; anyone else gets the normal reply to an unknown command.
 */
final class CommandReplies {
  private static final Logger LOG = LoggerFactory.getLogger(CommandReplies.class);
  private static final int LISTED_SOURCES = 30;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final ZoneId HALLE = ZoneId.of("Europe/Berlin");

  /** What the citizen commands need besides the conversation's shared parts. */
  record Settings(
      BotIdentity bot, PrivacyNotice privacy, Set<Long> adminIds, Map<String, AdminCommand> adminCommands) {
    Settings {
      adminIds = Set.copyOf(adminIds);
      adminCommands = Map.copyOf(adminCommands);
    }
  }

  private final Texts texts;
  private final HtmlSplitter splitter;
  private final Supplier<KnowledgeSnapshot> knowledge;
  private final QuestionLog log;
  private final Forgetting forgetting;
  private final Settings settings;

  /** Drops what the bot keeps in memory about a chat. */
  @FunctionalInterface
  interface Forgetting {
    void forget(long chatId);
  }

  CommandReplies(Texts texts, HtmlSplitter splitter, Supplier<KnowledgeSnapshot> knowledge, QuestionLog log,
      Forgetting forgetting, Settings settings) {
    this.texts = texts;
    this.splitter = splitter;
    this.knowledge = knowledge;
    this.log = log;
    this.forgetting = forgetting;
    this.settings = settings;
  }

  List<Outgoing> reply(TextMessage message) {
    String[] words = message.text().substring(1).split("\\s+", 2);
    String command = words[0].toLowerCase(Locale.ROOT);
    String arguments = words.length > 1 ? words[1].strip() : "";
    boolean en = message.from().english();
    String html = switch (command) {
      case "start" -> texts.get(en, "start", Map.of("count", count(), "days", days()));
      case "hilfe", "help" -> texts.get(en, "help", Map.of("bot", Html.escape(settings.bot().username())));
      case "quellen", "sources" -> sources(en);
      case "datenschutz", "privacy" -> privacy(en);
      case "ueber", "about" -> about(en);
      case "vergessen", "forget" -> forget(message.chat().id(), en);
      default -> adminOrUnknown(command, arguments, message, en);
    };
    Integer replyTo = message.chat().group() ? message.messageId() : null;
    return splitter.split(html).stream()
        .filter(part -> !part.isBlank())
        .map(part -> (Outgoing) ChatMessage.of(message.chat(), part, replyTo))
        .toList();
  }

  private String sources(boolean en) {
    List<KnowledgeDocument> documents = knowledge.get().documents().stream()
        .sorted(Comparator.comparing(KnowledgeDocument::date).reversed().thenComparing(KnowledgeDocument::title))
        .toList();
    if (documents.isEmpty()) {
      return texts.get(en, "sources.none");
    }
    StringBuilder out = new StringBuilder(
        texts.get(en, "sources.header", Map.of("count", Integer.toString(documents.size()))));
    documents.stream().limit(LISTED_SOURCES).forEach(d -> out.append("\n• ")
        .append(Html.link(d.source(), d.title())).append(" (").append(DATE.format(d.date())).append(')'));
    if (documents.size() > LISTED_SOURCES) {
      out.append('\n').append(texts.get(en, "sources.more",
          Map.of("count", Integer.toString(documents.size() - LISTED_SOURCES))));
    }
    return out.toString();
  }

  private String privacy(boolean en) {
    String notice = en ? settings.privacy().english() : settings.privacy().german();
    return Html.escape(notice) + "\n\n" + texts.get(en, "privacy.memory",
        Map.of("minutes", Long.toString(Conversation.CONTEXT_TTL.toMinutes())));
  }

  private String about(boolean en) {
    KnowledgeSnapshot snapshot = knowledge.get();
    String newest = snapshot.documents().stream().map(KnowledgeDocument::date).max(Comparator.naturalOrder())
        .map(DATE::format).orElse("–");
    String loaded = DATE_TIME.format(snapshot.loadedAt().atZone(HALLE));
    return texts.get(en, "about", Map.of("count", count(), "newest", newest, "loaded", loaded));
  }

  private String forget(long chatId, boolean en) {
    forgetting.forget(chatId);
    int removed = log.forget(chatId);
    return texts.get(en, "forget.done", Map.of("count", Integer.toString(removed)));
  }

  private String adminOrUnknown(String command, String arguments, TextMessage message, boolean en) {
    AdminCommand admin = settings.adminCommands().get(command);
    if (admin == null || !settings.adminIds().contains(message.from().userId())) {
      return texts.get(en, "unknown.command");
    }
    try {
      return Html.escape(admin.run(arguments));
    } catch (RuntimeException e) {
      LOG.error("admin command /{} failed", command, e);
      return texts.get(en, "error");
    }
  }

  private String count() {
    return Integer.toString(knowledge.get().documents().size());
  }

  private String days() {
    return Integer.toString(settings.privacy().retentionDays());
  }
}
