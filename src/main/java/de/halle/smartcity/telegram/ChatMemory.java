package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few questions of each chat, kept only in memory and only for a short time, so a follow-up such as "Und
 * 2020?" can be understood. Bounded in chats and questions per chat; never persisted. Thread-safe.
 */
final class ChatMemory {
  private final int questionsPerChat;
  private final long ttlNanos;
  private final Ticker ticker;
  private final Map<Long, Deque<Entry>> chats;

  ChatMemory(int questionsPerChat, Duration ttl, int maxChats, Ticker ticker) {
    if (questionsPerChat < 1 || maxChats < 1) {
      throw new IllegalArgumentException(
          "questionsPerChat and maxChats must be >= 1 but were " + questionsPerChat + " and " + maxChats);
    }
    this.questionsPerChat = questionsPerChat;
    this.ttlNanos = ttl.toNanos();
    this.ticker = ticker;
    this.chats = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Deque<Entry>> eldest) {
        return size() > maxChats;
      }
    };
  }

  /** The chat's unexpired questions, oldest first. */
  synchronized List<String> recent(long chatId) {
    Deque<Entry> entries = chats.get(chatId);
    if (entries == null) {
      return List.of();
    }
    long now = ticker.nanoTime();
    entries.removeIf(e -> now - e.at() > ttlNanos);
    if (entries.isEmpty()) {
      chats.remove(chatId);
      return List.of();
    }
    return entries.stream().map(Entry::question).toList();
  }

  /** Remembers a question the bot answered or declined. */
  synchronized void remember(long chatId, String question) {
    Deque<Entry> entries = chats.computeIfAbsent(chatId, id -> new ArrayDeque<>());
    entries.addLast(new Entry(question, ticker.nanoTime()));
    while (entries.size() > questionsPerChat) {
      entries.removeFirst();
    }
  }

  /** Drops everything remembered about the chat. */
  synchronized void forget(long chatId) {
    chats.remove(chatId);
  }

  private record Entry(String question, long at) {}
}
