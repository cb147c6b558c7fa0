package de.halle.smartcity.telegram;

import de.halle.smartcity.telegram.FakeBotApi.Call;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What reached the {@link FakeBotApi}: every request as it arrives, answered or not, and the calls it answered (or
 * dropped after Telegram would have acted on them), with waits for either. Method names are kept lower case.
 * Thread-safe.
 */
final class RecordedCalls {
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Integer> arrivals = new HashMap<>();
  private volatile Consumer<Call> listener = call -> { };

  /** Counts a request of the method as it arrives, before any fault or answer. */
  synchronized void arrived(String method) {
    arrivals.merge(method, 1, Integer::sum);
    notifyAll();
  }

  /** Keeps a call, then tells the listener (outside the lock). */
  void record(Call call) {
    synchronized (this) {
      calls.add(call);
      notifyAll();
    }
    listener.accept(call);
  }

  /** Is told about every recorded call (after it was recorded), on the server's thread; for load drivers. */
  void onCall(Consumer<Call> callListener) {
    this.listener = callListener;
  }

  /** Forgets recorded calls, so a long benchmark does not keep them all. */
  synchronized void clear() {
    calls.clear();
  }

  synchronized List<Call> calls(String method) {
    String name = method.toLowerCase(Locale.ROOT);
    return calls.stream().filter(c -> c.method().equals(name)).toList();
  }

  /** Successful {@code sendmessage} calls to one chat. */
  synchronized List<Call> messagesTo(long chatId) {
    return calls("sendmessage").stream().filter(c -> c.status() == 200 && c.chatId() == chatId).toList();
  }

  /** How many requests of the method arrived so far, answered or not. */
  synchronized int arrivals(String method) {
    return arrivals.getOrDefault(method.toLowerCase(Locale.ROOT), 0);
  }

  /** Waits until at least {@code count} calls of the method were made; returns them (maybe fewer on timeout). */
  synchronized List<Call> awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
    return await(() -> calls(method), calls -> calls.size() >= count, timeout);
  }

  /** Waits until at least {@code count} requests of the method arrived; returns how many arrived. */
  synchronized int awaitArrivals(String method, int count, Duration timeout) throws InterruptedException {
    return await(() -> arrivals(method), arrived -> arrived >= count, timeout);
  }

  /** Waits until at least {@code count} messages went to the chat. */
  synchronized List<Call> awaitMessagesTo(long chatId, int count, Duration timeout) throws InterruptedException {
    return await(() -> messagesTo(chatId), messages -> messages.size() >= count, timeout);
  }

  /** Waits, holding the lock, until what {@code read} gives is {@code enough} or the timeout passes; returns it. */
  private <T> T await(Supplier<T> read, Predicate<T> enough, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    T seen = read.get();
    while (!enough.test(seen) && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      seen = read.get();
    }
    return seen;
  }
}
