package de.halle.smartcity.answer;

/**
 * Answers one citizen question from the current knowledge. This is where every channel (console, CLI, Telegram)
 * hands a question over. Implementations are thread-safe.
 */
public interface QuestionAnswerer {

  /** Returns the reply for the question; never throws for any input text. */
  Answer answer(Question question);
}
