package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.Answer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent answers by question-log id, so the "📄 Quelle" button can show the release and the evidence sentences.
 * Holds answers only (release text, no citizen text), bounded and expiring; after a restart the button politely says
 * the source is no longer at hand. Thread-safe.
 */
final class AnswerMemory {
  private final long ttlNanos;
  private final Ticker ticker;
  private final Map<Long, Entry> answers;

  AnswerMemory(int capacity, Duration ttl, Ticker ticker) {
    this.ttlNanos = ttl.toNanos();
    this.ticker = ticker;
    this.answers = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized void remember(long questionId, long chatId, Answer answer) {
    answers.put(questionId, new Entry(chatId, answer, ticker.nanoTime()));
  }

  /** The answer given in this chat under that id, if still remembered. */
  synchronized Optional<Answer> lookup(long questionId, long chatId) {
    Entry entry = answers.get(questionId);
    if (entry == null || entry.chatId() != chatId || ticker.nanoTime() - entry.at() > ttlNanos) {
      return Optional.empty();
    }
    return Optional.of(entry.answer());
  }

  synchronized void forget(long chatId) {
    answers.values().removeIf(e -> e.chatId() == chatId);
  }

  private record Entry(long chatId, Answer answer, long at) {}
}
