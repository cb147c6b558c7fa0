package de.halle.smartcity.answer;

import java.util.List;
import java.util.Objects;

/**
 * A citizen's question together with the chat's recent questions, oldest first, for follow-ups such as "Und 2020?".
 *
 * @param text the question as typed
 * @param recentQuestions earlier questions of the same chat, oldest first; empty for a fresh question
 */
public record Question(String text, List<String> recentQuestions) {

  /**
   * The most earlier questions a channel passes with a question: Telegram's chat memory and the console chat keep this
   * many per chat, and a staff test question may name no more.
   */
  public static final int MAX_RECENT_QUESTIONS = 3;

  public Question {
    Objects.requireNonNull(text, "text");
    recentQuestions = List.copyOf(recentQuestions == null ? List.of() : recentQuestions);
  }

  /** A question without chat context. */
  public static Question of(String text) {
    return new Question(text, List.of());
  }
}
