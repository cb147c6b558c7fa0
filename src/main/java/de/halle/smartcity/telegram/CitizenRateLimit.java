package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits how many questions one chat may ask per window (a sliding window), so one citizen cannot flood the bot.
 * The first refused question gets a friendly "please wait"; further ones in the same window are ignored silently.
 * Bounded in chats. Thread-safe.
 */
final class CitizenRateLimit {

  /** What to do with a question. */
  enum Verdict {
    ANSWER,
    ASK_TO_WAIT,
    IGNORE
  }

  private final int questions;
  private final long windowNanos;
  private final Ticker ticker;
  private final Map<Long, Window> chats;

  CitizenRateLimit(int questions, Duration window, int maxChats, Ticker ticker) {
    if (questions < 1) {
      throw new IllegalArgumentException("questions must be >= 1 but was " + questions);
    }
    this.questions = questions;
    this.windowNanos = window.toNanos();
    this.ticker = ticker;
    this.chats = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Window> eldest) {
        return size() > maxChats;
      }
    };
  }

  synchronized Verdict check(long chatId) {
    long now = ticker.nanoTime();
    Window window = chats.computeIfAbsent(chatId, id -> new Window());
    while (!window.times.isEmpty() && now - window.times.peekFirst() >= windowNanos) {
      window.times.removeFirst();
    }
    if (window.times.size() < questions) {
      window.times.addLast(now);
      window.warned = false;
      return Verdict.ANSWER;
    }
    if (window.warned) {
      return Verdict.IGNORE;
    }
    window.warned = true;
    return Verdict.ASK_TO_WAIT;
  }

  private static final class Window {
    private final Deque<Long> times = new ArrayDeque<>();
    private boolean warned;
  }
}
