package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.privacy.PersonalDataKind;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.privacy.ScrubResult;
import de.halle.smartcity.store.QuestionLog;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replies to a citizen's question: applies the per-chat rate limit, refuses over-long messages and messages that are
 * mostly personal data (neither answered nor stored), leaves other personal data out of the question (with a note that
 * it was not kept), asks the answer engine with the chat's recent questions (showing
 * "typing" when that takes a while), records the question for feedback and renders the answer with its buttons.
 */
final class QuestionReplies {

  /** The parts a question passes through, in order. */
  record Parts(PersonalDataScrubber scrubber, CitizenRateLimit rateLimit, QuestionAnswerer answerer,
      ChatMemory chatMemory, QuestionLog log) {}

  private final Parts parts;
  private final AnswerHtml html;
  private final Texts texts;
  private final TypingIndicator typing;
  private final Clock clock;
  private final int maxChars;

  QuestionReplies(Parts parts, AnswerHtml html, Texts texts, TypingIndicator typing, Clock clock, int maxChars) {
    this.parts = parts;
    this.html = html;
    this.texts = texts;
    this.typing = typing;
    this.clock = clock;
    this.maxChars = maxChars;
  }

  List<Outgoing> reply(TextMessage message) {
    String text = message.text().strip();
    boolean en = message.from().english();
    if (text.isEmpty()) {
      return fixed(message, texts.get(en, "empty"));
    }
    switch (parts.rateLimit().check(message.chat().id())) {
      case ASK_TO_WAIT:
        return fixed(message, texts.get(en, "wait"));
      case IGNORE:
        return List.of();
      default:
        break;
    }
    if (text.length() > maxChars) {
      return fixed(message, texts.get(en, "too.long", Map.of("max", Integer.toString(maxChars))));
    }
    ScrubResult scrubbed = parts.scrubber().scrub(text);
    if (scrubbed.mostlyPersonalData()) {
      return fixed(message, texts.get(en, "personal.data"));
    }
    List<Outgoing> answer = answer(message, text, scrubbed.text());
    if (!scrubbed.containsPersonalData()) {
      return answer;
    }
    List<Outgoing> withNote = new ArrayList<>(fixed(message, leftOutNote(en, scrubbed.found())));
    withNote.addAll(answer);
    return List.copyOf(withNote);
  }

  /**
   * Asks the engine with the scrubbed text (personal data replaced by placeholders, which the engine leaves out); the
   * question log scrubs the text it gets itself, and the chat memory keeps only the scrubbed one.
   */
  private List<Outgoing> answer(TextMessage message, String text, String scrubbedText) {
    long chatId = message.chat().id();
    TypingIndicator.Typing indicator = typing.start(message.chat());
    try {
      Answer answer = parts.answerer().answer(new Question(scrubbedText, parts.chatMemory().recent(chatId)));
      Long questionId = null;
      if (answer.kind() != Answer.Kind.FIXED) {
        questionId = parts.log().record(chatId, text, answer, clock.instant());
        parts.chatMemory().remember(chatId, scrubbedText);
      }
      return List.copyOf(html.render(answer, questionId, message.chat(), replyTo(message)));
    } finally {
      indicator.stop();
    }
  }

  /** The note that personal data was left out of the question and not kept, naming its kinds. */
  private String leftOutNote(boolean en, Set<PersonalDataKind> found) {
    String kinds = found.stream().map(en ? PersonalDataKind::englishName : PersonalDataKind::germanName)
        .collect(Collectors.joining(", "));
    return texts.get(en, "personal.data.left.out", Map.of("kinds", kinds));
  }

  private static List<Outgoing> fixed(TextMessage message, String html) {
    return List.of(ChatMessage.of(message.chat(), html, replyTo(message)));
  }

  private static Integer replyTo(TextMessage message) {
    return message.chat().group() ? message.messageId() : null;
  }
}
