package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import de.halle.smartcity.store.SourceCard;
import de.halle.smartcity.telegram.CallbackData.Action;
import de.halle.smartcity.telegram.Outgoing.Button;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders an {@link Answer} as Telegram HTML messages: the escaped body, a linked source line per release, split
 * below Telegram's length limit, with 👍 / 👎 (and "📄 Quelle" for extracted answers) under the last part.
 */
final class AnswerHtml {
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Texts texts;
  private final HtmlSplitter splitter;

  AnswerHtml(Texts texts, HtmlSplitter splitter) {
    this.texts = texts;
    this.splitter = splitter;
  }

  /**
   * The messages for one answer.
   *
   * @param questionId the question-log id for the buttons, or null for a reply without buttons
   */
  List<ChatMessage> render(Answer answer, Long questionId, ChatRef chat, Integer replyTo) {
    List<String> parts = splitter.split(html(answer));
    List<List<Button>> buttons = questionId == null ? List.of() : buttons(answer, questionId);
    List<ChatMessage> messages = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      messages.add(new ChatMessage(chat, parts.get(i), last ? buttons : List.of(), i == 0 ? replyTo : null));
    }
    return messages;
  }

  /** The body and its source lines as one HTML text. */
  String html(Answer answer) {
    boolean english = "en".equals(answer.language());
    StringBuilder out = new StringBuilder(Html.escape(answer.body().strip()));
    if (!answer.citedSources().isEmpty()) {
      out.append('\n');
    }
    for (Source source : answer.citedSources()) {
      out.append('\n').append(texts.get(english, "source.line",
          Map.of("link", Html.link(source.url(), source.title()), "date", date(source.date(), english))));
    }
    return out.toString();
  }

  /** What "📄 Quelle" shows: each release's title, date and link, then the evidence sentences. */
  List<String> sourceDetails(SourceCard card) {
    boolean english = "en".equals(card.language());
    StringBuilder out = new StringBuilder();
    for (Source source : card.sources()) {
      out.append(texts.get(english, "source.details", Map.of(
          "title", Html.escape(source.title()),
          "date", date(source.date(), english),
          "link", Html.link(source.url(), source.url())))).append("\n\n");
    }
    out.append(texts.get(english, "source.evidence"));
    for (String sentence : card.evidence()) {
      out.append("\n• <i>").append(Html.escape(sentence.strip())).append("</i>");
    }
    return splitter.split(out.toString());
  }

  private List<List<Button>> buttons(Answer answer, long questionId) {
    List<Button> rating = List.of(
        new Button("👍", new CallbackData(Action.HELPFUL, questionId).encode()),
        new Button("👎", new CallbackData(Action.NOT_HELPFUL, questionId).encode()));
    if (answer.kind() != Answer.Kind.ANSWERED) {
      return List.of(rating);
    }
    boolean english = "en".equals(answer.language());
    Button source = new Button(texts.get(english, "button.source"),
        new CallbackData(Action.SHOW_SOURCE, questionId).encode());
    return List.of(rating, List.of(source));
  }

  private static String date(LocalDate date, boolean english) {
    return english ? date.toString() : GERMAN_DATE.format(date);
  }
}
