package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The misbehaviours scripted for the {@link FakeBotApi}'s next calls, per method (lower case), each used once in the
 * order given; and the wait of a {@link Stall}, which closing the fake ends early, without an answer. Thread-safe.
 */
final class FaultScript {
  /**
   * A scripted misbehaviour for the next call(s) of one method: 429 with {@code retry_after}, 500, holding the
   * request for a while and then answering 500 (so a request the bot gave up on never creates a message), 200 with a
   * body that is not JSON (as from a misconfigured proxy), a proxy's 502 page, or a connection closed without an
   * answer, before or after the message was created.
   */
  sealed interface Fault permits TooManyRequests, ServerError, Stall, NotJson, BadGateway, Dropped, AnswerLost {}

  record TooManyRequests(int retryAfterSeconds) implements Fault {}

  record ServerError() implements Fault {}

  record Stall(Duration duration) implements Fault {}

  /** Answered 200 with an HTML page; not recorded as a call. */
  record NotJson() implements Fault {}

  /** Answered 502 with the HTML page of the proxy in front of the Bot API, as during a Telegram outage. */
  record BadGateway() implements Fault {}

  /** The connection closed after the request was read, without an answer (a proxy restarting); not recorded. */
  record Dropped() implements Fault {}

  /**
   * Telegram took the request (a message is created and recorded as a call), but the connection closed before its
   * answer reached the bot: the case where only the bot's retry can tell, and it cannot know the message arrived.
   */
  record AnswerLost() implements Fault {}

  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private boolean closed;

  /** Scripts the fault for the next {@code times} calls of the method. */
  synchronized void failNext(String method, int times, Fault fault) {
    Deque<Fault> queue = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.addLast(fault);
    }
  }

  /** The fault for this call of the (lower-case) method, used up; null when none is scripted. */
  synchronized Fault next(String method) {
    Deque<Fault> queue = faults.get(method);
    return queue == null ? null : queue.pollFirst();
  }

  /**
   * Holds the calling request for the duration, or until the fake closes.
   *
   * @return false when the fake closed first: the request must then get no answer, as from a Telegram that is gone
   */
  synchronized boolean stall(Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    while (!closed && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    return !closed;
  }

  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
