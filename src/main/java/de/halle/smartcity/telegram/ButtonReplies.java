package de.halle.smartcity.telegram;

import de.halle.smartcity.store.QuestionLog;
import de.halle.smartcity.store.SourceCard;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Outgoing.ButtonAnswer;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replies to presses on the buttons under an answer: stores 👍 / 👎, shows the source on "📄 Quelle", and always
 * answers the press so the citizen's Telegram stops showing a progress bar.
 */
final class ButtonReplies {
  private final QuestionLog log;
  private final AnswerHtml html;
  private final Texts texts;
  private final Clock clock;

  ButtonReplies(QuestionLog log, AnswerHtml html, Texts texts, Clock clock) {
    this.log = log;
    this.html = html;
    this.texts = texts;
    this.clock = clock;
  }

  List<Outgoing> reply(ButtonPress press) {
    Optional<CallbackData> data = CallbackData.decode(press.data());
    if (data.isEmpty()) {
      return List.of(new ButtonAnswer(press.callbackQueryId(),
          texts.get(press.from().english(), "button.unknown")));
    }
    long questionId = data.get().questionId();
    boolean en = press.from().english();
    switch (data.get().action()) {
      case HELPFUL, NOT_HELPFUL -> {
        boolean helpful = data.get().action() == CallbackData.Action.HELPFUL;
        boolean stored = log.feedback(press.chat().id(), questionId, helpful, clock.instant());
        return List.of(new ButtonAnswer(press.callbackQueryId(),
            texts.get(en, stored ? "feedback.thanks" : "feedback.gone")));
      }
      default -> {
        return source(press, questionId, en);
      }
    }
  }

  private List<Outgoing> source(ButtonPress press, long questionId, boolean en) {
    Optional<SourceCard> card = log.sourceCard(press.chat().id(), questionId);
    if (card.isEmpty()) {
      return List.of(new ButtonAnswer(press.callbackQueryId(), texts.get(en, "source.gone")));
    }
    List<Outgoing> replies = new ArrayList<>();
    replies.add(new ButtonAnswer(press.callbackQueryId(), ""));
    for (String part : html.sourceDetails(card.get())) {
      replies.add(ChatMessage.of(press.chat(), part, null));
    }
    return replies;
  }
}
