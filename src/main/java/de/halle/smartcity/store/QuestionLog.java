package de.halle.smartcity.store;

import de.halle.smartcity.answer.Answer;
import java.time.Instant;
import java.util.Optional;

/**
 * Records citizens' questions and their feedback for the press office, privacy-first: implementations store chat and
 * user ids only as keyed hashes and question texts only with personal data removed. Thread-safe.
 */
public interface QuestionLog {

  /**
   * Records a question and the reply it got.
   *
   * @param chatId raw Telegram chat id (pseudonymized before it is stored)
   * @param question the question as typed (not stored at all when mostly personal data); what is stored, scrubbed of
   *     personal data, is the question as the engine read it ({@link Answer#asked()}: without greetings,
   *     self-introductions and sign-offs, a name the writer gives inside the question as {@code [NAME]}, a follow-up
   *     with the question it continues), or the typed text when the answer has none
   * @return the id to use for feedback on this answer
   */
  long record(long chatId, String question, Answer answer, Instant at);

  /**
   * Stores a 👍 ({@code helpful = true}) or 👎 for an earlier recorded answer of the same chat.
   *
   * @return false when there is no such answer (deleted by retention or {@code /vergessen}, or another chat's), so
   *     nothing was stored
   */
  boolean feedback(long chatId, long questionId, boolean helpful, Instant at);

  /**
   * What the "📄 Quelle" button under an earlier answer of the same chat shows; empty when the question is unknown,
   * belongs to another chat, was forgotten or expired, or was not an answer citing releases.
   */
  Optional<SourceCard> sourceCard(long chatId, long questionId);

  /** Deletes every row stored about this chat and returns how many rows were removed. */
  int forget(long chatId);
}
