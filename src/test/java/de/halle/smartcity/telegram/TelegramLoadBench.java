package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.telegram.FakeBotApi.Call;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark (not a test): N chats each ask M questions through the fake Bot API, every chat asking its next
 * question as soon as the previous answer arrived (closed loop, like citizens waiting for an answer). Prints answered
 * messages per second and end-to-end latency (update queued at the server until the answer reached the server).
 * The outbound limiter is disabled (Telegram's own cap is about 30 msg/s per bot) and the per-chat citizen limit is
 * lifted; the fake server runs in the same JVM and shares its CPU.
 *
 * <p>Run: {@code mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * de.halle.smartcity.telegram.TelegramLoadBench [chats] [questionsPerChat]}
 */
public final class TelegramLoadBench {
  private static final String[] QUESTIONS = {"Wie viele Umweltsensoren installiert die Stadt?",
      "Welche Städte wurden 2019 besucht?", "Was kostet ein Anwohnerparkausweis?",
      "Was messen die Sensoren bei Feinstaub und Lärm?"};

  private TelegramLoadBench() {}

  public static void main(String[] args) throws Exception {
    int chats = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int perChat = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    QuestionAnswerer answerer = new FixtureAnswerer(FixtureKnowledge.snapshot());
    System.out.printf("cores=%d chats=%d questions/chat=%d answerer=%s outbound limiter=DISABLED (fake Bot API)%n",
        Runtime.getRuntime().availableProcessors(), chats, perChat, answerer.getClass().getSimpleName());
    run(answerer, Math.max(10, chats / 4), 5, "warm-up");
    Result result = run(answerer, chats, perChat, "measured");
    System.out.printf("answered=%d in %.2f s -> %.0f msg/s; latency ms p50=%.1f p90=%.1f p99=%.1f max=%.1f%n",
        result.answered(), result.seconds(), result.answered() / result.seconds(), result.percentile(50),
        result.percentile(90), result.percentile(99), result.percentile(100));
  }

  record Result(int answered, double seconds, long[] latenciesNanos) {
    double percentile(int p) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  static Result run(QuestionAnswerer answerer, int chats, int perChat, String phase) throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      TelegramSettings settings = BotHarness.settings(api).withLimits(OutboundLimits.disabled(), 10_000)
          .withWorkers(8);
      TelegramBot bot = TelegramBot.start(settings, BotHarness.services(answerer, new InMemoryUpdateLedger(),
          new InMemoryQuestionLog()));
      try {
        return drive(api, chats, perChat, phase);
      } finally {
        bot.close();
      }
    }
  }

  private static Result drive(FakeBotApi api, int chats, int perChat, String phase) throws InterruptedException {
    int total = chats * perChat;
    long[] latencies = new long[total];
    AtomicInteger answered = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(total);
    Map<Long, Deque<Long>> askedAt = new ConcurrentHashMap<>();
    Map<Long, AtomicInteger> asked = new ConcurrentHashMap<>();
    api.onCall(call -> {
      if (!call.method().equals("sendmessage") || call.status() != 200) {
        return;
      }
      long chat = call.chatId();
      long sentAt;
      synchronized (askedAt.get(chat)) {
        sentAt = askedAt.get(chat).removeFirst();
      }
      latencies[answered.getAndIncrement()] = call.atNanos() - sentAt;
      done.countDown();
      if (asked.get(chat).incrementAndGet() < perChat) {
        ask(api, askedAt, chat, asked.get(chat).get());
      }
    });
    long start = System.nanoTime();
    for (long chat = 1; chat <= chats; chat++) {
      askedAt.put(chat, new ArrayDeque<>());
      asked.put(chat, new AtomicInteger());
      ask(api, askedAt, chat, 0);
    }
    if (!done.await(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException(phase + ": only " + answered.get() + " of " + total + " answered");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    api.clearCalls();
    return new Result(total, seconds, latencies);
  }

  private static void ask(FakeBotApi api, Map<Long, Deque<Long>> askedAt, long chat, int n) {
    synchronized (askedAt.get(chat)) {
      askedAt.get(chat).addLast(System.nanoTime());
    }
    api.push(Updates.text(chat, chat, QUESTIONS[(int) ((chat + n) % QUESTIONS.length)]));
  }
}
