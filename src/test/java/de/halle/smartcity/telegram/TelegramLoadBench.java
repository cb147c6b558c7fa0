package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.halle.smartcity.answer.AnswerEngine;
import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.telegram.FakeBotApi.Call;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Load benchmark (not a test): N chats each ask M questions through the fake Bot API, every chat asking its next
 * question as soon as the previous answer arrived (closed loop, like citizens waiting for an answer). Prints answered
 * messages per second and end-to-end latency (update queued at the server until the answer reached the server).
 * Runs the real bot with the real H2 stores (in memory) and, by default, the real answer engine over the project's
 * {@code knowledge/} folder asking its staff test questions. The outbound limiter is disabled (Telegram's own cap is
 * about 30 msg/s per bot) and the per-chat citizen limit is lifted; the fake server shares the JVM and its CPU.
 * Warm-up rounds of the same size run first until the JIT compilers have settled ({@link #warmUp}), so the measured
 * round sees the code of a bot that has been running for a while: on 2 cores the one C2 compiler thread works off its
 * backlog for minutes (after one round the JIT still took 1–2 ms CPU per answer of the measured round). The last
 * lines split the CPU by thread group (bot workers, poller, HTTP client, fake server, JIT, GC), read from
 * {@code /proc} on Linux. {@code -Dh2file=true} keeps the
 * stores in an H2 file (as in production: a {@code CHECKPOINT} per answer, an fsync per polled batch) instead of in
 * memory. The line before the results names the instant the measured round started, to cut a flight recording
 * ({@code jdk.Compilation}, {@code jdk.Deoptimization}) there.
 *
 * <p>Run from the project folder: {@code mvn -B -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test && java -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) de.halle.smartcity.telegram.TelegramLoadBench
 * [chats=200] [questionsPerChat=25] [engine|fixture] [knowledgeDir=knowledge]}
 */
public final class TelegramLoadBench {
  /** The JIT compilers' share of a warm-up round's CPU under which the code counts as settled. */
  static final double SETTLED_COMPILE_SHARE = 0.05;
  /** Warm-up rounds at most, settled or not. */
  static final int MAX_WARMUP_ROUNDS = 30;

  private TelegramLoadBench() {}

  /** CPU time of the whole process (bot, engine, H2 and the fake server): what answering costs, whatever the load. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    int chats = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int perChat = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    boolean engine = args.length <= 2 || args[2].equals("engine");
    Path knowledge = Path.of(args.length > 3 ? args[3] : "knowledge");
    List<String> questions = engine ? staffQuestions(knowledge.resolve("tests"))
        : List.of("Wie viele Umweltsensoren installiert die Stadt?", "Welche Städte besuchte die Delegation 2019?",
            "Was kostet ein Anwohnerparkausweis?", "Was messen die Sensoren bei Feinstaub und Lärm?");
    QuestionAnswerer answerer = engine
        ? AnswerEngine.open(new KnowledgeFolder(knowledge).load(), null, knowledge.resolve("synonyms.txt"))
        : BotHarness.fixtureAnswerer();
    System.out.printf("cores=%d chats=%d questions/chat=%d answerer=%s (%d distinct questions) stores=H2 %s"
            + " outbound limiter=DISABLED (fake Bot API)%n", Runtime.getRuntime().availableProcessors(), chats,
        perChat, engine ? "AnswerEngine over " + knowledge : "FixtureAnswerer", questions.size(),
        Boolean.getBoolean("h2file") ? "file (CHECKPOINT per answer, fsync per batch)" : "in memory");
    warmUp(answerer, questions, chats, perChat);
    System.out.printf("measured round from %s (to match JIT events of a flight recording)%n", Instant.now());
    long cpuBefore = processCpuNanos();
    Result result = run(answerer, questions, chats, perChat);
    double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
    System.out.printf("answered=%d in %.2f s -> %.0f msg/s; latency ms p50=%.1f p90=%.1f p99=%.1f max=%.1f%n",
        result.answered(), result.seconds(), result.answered() / result.seconds(), result.percentile(50),
        result.percentile(90), result.percentile(99), result.percentile(100));
    System.out.printf("process cpu=%.2f s -> %.2f ms cpu per answer; %.0f msg/s if all %d cores were free"
            + " (load average %.2f)%n", cpuSeconds, 1000 * cpuSeconds / result.answered(),
        Runtime.getRuntime().availableProcessors() * result.answered() / cpuSeconds,
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println(result.threadCpu());
    if (answerer instanceof AnswerEngine closable) {
      closable.close();
    }
  }

  /**
   * Runs warm-up rounds: {@code -Dwarmup=M} runs one round of M questions per chat; by default rounds of the measured
   * size repeat until the JIT compilers' time in a round is under {@link #SETTLED_COMPILE_SHARE} of the round's
   * process CPU (at most {@link #MAX_WARMUP_ROUNDS}), so the measured round sees the code a long-running bot runs.
   */
  private static void warmUp(QuestionAnswerer answerer, List<String> questions, int chats, int perChat)
      throws Exception {
    Integer fixed = Integer.getInteger("warmup");
    if (fixed != null) {
      run(answerer, questions, chats, fixed);
      return;
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
      long compileBefore = jit.getTotalCompilationTime();
      long cpuBefore = processCpuNanos();
      Result result = run(answerer, questions, chats, perChat);
      double compileShare = (jit.getTotalCompilationTime() - compileBefore) * 1e6 / (processCpuNanos() - cpuBefore);
      System.out.printf("warm-up round %d: %.0f msg/s, JIT compile time %.0f %% of process CPU%n", round,
          result.answered() / result.seconds(), 100 * compileShare);
      if (compileShare < SETTLED_COMPILE_SHARE) {
        return;
      }
    }
  }

  record Result(int answered, double seconds, long[] latenciesNanos, String threadCpu) {
    double percentile(int p) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  static Result run(QuestionAnswerer answerer, List<String> questions, int chats, int perChat) throws Exception {
    Path folder = Files.createTempDirectory("load-bench");
    try (FakeBotApi api = FakeBotApi.start();
        H2Stores stores = Boolean.getBoolean("h2file") ? H2Stores.file(folder) : H2Stores.inMemory()) {
      return run(answerer, questions, chats, perChat, api, stores);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static Result run(QuestionAnswerer answerer, List<String> questions, int chats, int perChat, FakeBotApi api,
      H2Stores stores) throws Exception {
    TelegramSettings settings = BotHarness.settings(api).limits(OutboundLimits.disabled()).questionsPerMinute(10_000)
        .workers(Integer.getInteger("workers", TelegramSettings.defaults("1:T").workers())).build();
    TelegramBot bot = TelegramBot.start(settings, BotHarness.services(answerer, stores.ledger,
        stores.retries, stores.inbox, stores.log));
    try {
      ThreadCpu before = ThreadCpu.now();
      Result result = new Driver(api, questions, chats, perChat).drive();
      return new Result(result.answered(), result.seconds(), result.latenciesNanos(),
          ThreadCpu.now().perMessageSince(before, result.answered()));
    } finally {
      bot.close();
    }
  }

  private static List<String> staffQuestions(Path tests) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> questions = new ArrayList<>();
    try (Stream<Path> files = Files.list(tests)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            questions.add(json.readTree(line).path("q").asText());
          }
        }
      }
    }
    return questions;
  }

  /** Asks each chat's next question when its previous answer reaches the fake server. */
  private static final class Driver {
    private final FakeBotApi api;
    private final List<String> questions;
    private final int chats;
    private final int perChat;
    private final Map<Long, Deque<Long>> askedAt = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> asked = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final long[] latencies;
    private final CountDownLatch done;

    Driver(FakeBotApi api, List<String> questions, int chats, int perChat) {
      this.api = api;
      this.questions = questions;
      this.chats = chats;
      this.perChat = perChat;
      this.latencies = new long[chats * perChat];
      this.done = new CountDownLatch(chats * perChat);
    }

    Result drive() throws InterruptedException {
      api.onCall(this::answered);
      long start = System.nanoTime();
      for (long chat = 1; chat <= chats; chat++) {
        askedAt.put(chat, new ArrayDeque<>());
        asked.put(chat, new AtomicInteger());
        ask(chat, 0);
      }
      if (!done.await(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("only " + answered.get() + " of " + latencies.length + " answered");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      api.clearCalls();
      return new Result(latencies.length, seconds, latencies, "");
    }

    private void answered(Call call) {
      if (!call.method().equals("sendmessage") || call.status() != 200) {
        return;
      }
      long chat = call.chatId();
      Deque<Long> times = askedAt.get(chat);
      long sentAt;
      synchronized (times) {
        sentAt = times.removeFirst();
      }
      latencies[answered.getAndIncrement()] = call.atNanos() - sentAt;
      done.countDown();
      int next = asked.get(chat).incrementAndGet();
      if (next < perChat) {
        ask(chat, next);
      }
    }

    private void ask(long chat, int n) {
      Deque<Long> times = askedAt.get(chat);
      synchronized (times) {
        times.addLast(System.nanoTime());
      }
      api.push(Updates.text(chat, chat, questions.get((int) ((chat * 7 + n) % questions.size()))));
    }
  }
}
