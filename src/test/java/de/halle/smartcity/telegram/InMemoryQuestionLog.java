package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.store.QuestionLog;
import de.halle.smartcity.store.SourceCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link QuestionLog} in lists (raw chat ids: a test fake, not privacy-safe); feedback only for the same chat. */
final class InMemoryQuestionLog implements QuestionLog {
  record Entry(long id, long chatId, String question, Answer answer, Instant at) {
    Answer.Kind kind() {
      return answer.kind();
    }
  }

  record Feedback(long chatId, long questionId, boolean helpful) {}

  private final List<Entry> entries = new ArrayList<>();
  private final List<Feedback> feedback = new ArrayList<>();
  private long nextId = 1;

  @Override
  public synchronized long record(long chatId, String question, Answer answer, Instant at) {
    Entry entry = new Entry(nextId++, chatId, question, answer, at);
    entries.add(entry);
    return entry.id();
  }

  @Override
  public synchronized boolean feedback(long chatId, long questionId, boolean helpful, Instant at) {
    boolean known = entries.stream().anyMatch(e -> e.id() == questionId && e.chatId() == chatId);
    if (known) {
      feedback.add(new Feedback(chatId, questionId, helpful));
    }
    return known;
  }

  @Override
  public synchronized Optional<SourceCard> sourceCard(long chatId, long questionId) {
    return entries.stream().filter(e -> e.id() == questionId && e.chatId() == chatId).findFirst()
        .flatMap(e -> SourceCard.of(e.answer()));
  }

  @Override
  public synchronized int forget(long chatId) {
    int before = entries.size() + feedback.size();
    entries.removeIf(e -> e.chatId() == chatId);
    feedback.removeIf(f -> f.chatId() == chatId);
    return before - entries.size() - feedback.size();
  }

  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  synchronized List<Feedback> feedback() {
    return List.copyOf(feedback);
  }
}
