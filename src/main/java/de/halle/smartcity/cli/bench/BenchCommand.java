package de.halle.smartcity.cli.bench;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.cli.AnswererFactory;
import de.halle.smartcity.cli.Arguments;
import de.halle.smartcity.cli.Command;
import de.halle.smartcity.cli.CommandSpec;
import de.halle.smartcity.cli.KnowledgeBase.Opened;
import de.halle.smartcity.cli.KnowledgeLoader;
import de.halle.smartcity.cli.Terminal;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * {@code bench}: generates synthetic German releases into a temporary folder and measures the first index, a restart
 * from the warm cache, answer latency percentiles and the heap used, printing one summary line for the README.
 */
public final class BenchCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "bench",
          "[--releases N] [--questions Q] [--runs R] [--seed S] [--work DIR]",
          "benchmark on N synthetic releases (default 1000): index and restart time, answer p50/p99, heap; "
              + "--work keeps releases and embeddings in DIR for the next run (whose first index reads the cache)",
          Set.of(),
          Set.of("--releases", "--questions", "--runs", "--seed", "--work"),
          0);
  private static final int WARM_UP = 500;

  private final KnowledgeLoader loader;
  private final AnswererFactory factory;
  private final Path synonyms;
  private final LongSupplier nanoTime;
  private final JvmMachine machine = new JvmMachine();

  /**
   * @param synonyms the project's synonyms file, copied into the synthetic folder when it exists
   */
  public BenchCommand(KnowledgeLoader loader, AnswererFactory factory, Path synonyms, LongSupplier nanoTime) {
    this.loader = loader;
    this.factory = factory;
    this.synonyms = synonyms;
    this.nanoTime = nanoTime;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    BenchPlan plan =
        new BenchPlan(
            arguments.number("--releases", 1, 1000),
            arguments.number("--questions", 1, 3000),
            arguments.number("--runs", 1, 3),
            arguments.number("--seed", 0, 42));
    Optional<String> kept = arguments.option("--work");
    Path work = kept.isPresent()
        ? Files.createDirectories(Path.of(kept.get()))
        : Files.createTempDirectory("halle-bench-");
    try {
      terminal.out().println("bench: " + plan + ", " + machine.describe());
      BenchResult result = measure(plan, work, terminal);
      terminal.out().println(result.summary());
      return 0;
    } finally {
      if (kept.isEmpty()) {
        deleteRecursively(work);
      }
    }
  }

  private BenchResult measure(BenchPlan plan, Path work, Terminal terminal) throws Exception {
    Random random = new Random(plan.seed());
    SyntheticReleases generator = SyntheticReleases.load();
    List<SyntheticReleases.Release> releases = generator.generate(plan.releases(), random);
    Path knowledge = write(releases, work.resolve("knowledge-" + plan.releases() + "-" + plan.seed()));
    List<String> questions = generator.questions(releases, plan.questions(), random);
    Path cache = work.resolve("cache");
    long cpuBefore = machine.processCpuNanos();
    double indexSeconds = time(() -> open(knowledge, cache, terminal).close());
    double indexCpuSeconds = (machine.processCpuNanos() - cpuBefore) / 1e9;
    terminal.out().printf(Locale.ROOT, "index_s=%.3f cpu_s=%.3f (load and index with an empty cache)%n",
        indexSeconds, indexCpuSeconds);
    double[] restarts = new double[plan.runs()];
    for (int run = 0; run < plan.runs(); run++) {
      restarts[run] = time(() -> open(knowledge, cache, terminal).close());
    }
    terminal.out().printf(Locale.ROOT, "restart_s=%.3f (load and index from the cache, median of %d)%n",
        Percentiles.median(restarts), plan.runs());
    try (Opened opened = open(knowledge, cache, terminal)) {
      Latency latency = latency(opened, questions, plan.runs());
      long heap = machine.heapUsedAfterGc();
      Reference.reachabilityFence(opened);
      return new BenchResult(plan, new BenchResult.Index(indexSeconds, indexCpuSeconds, Percentiles.median(restarts)),
          latency, heap, machine.describe());
    }
  }

  private Path write(List<SyntheticReleases.Release> releases, Path knowledge) throws IOException {
    Files.createDirectories(knowledge);
    for (SyntheticReleases.Release release : releases) {
      Files.writeString(knowledge.resolve(release.file()), release.markdown());
    }
    if (Files.isRegularFile(synonyms)) {
      Files.copy(synonyms, knowledge.resolve(synonyms.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    return knowledge;
  }

  private Opened open(Path knowledge, Path cache, Terminal terminal) throws Exception {
    KnowledgeSnapshot snapshot = loader.load(knowledge);
    if (!snapshot.problems().isEmpty()) {
      terminal.err().println("bench: warning: " + snapshot.problems().size() + " synthetic files rejected, e.g. "
          + snapshot.problems().get(0));
    }
    return new Opened(snapshot, factory.create(knowledge, snapshot, cache));
  }

  /** Per round p50 and p99 of wall and CPU milliseconds, after an unrecorded warm-up; the share answered. */
  private Latency latency(Opened opened, List<String> questions, int rounds) {
    for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) {
      opened.answerer().answer(Question.of(questions.get(i)));
    }
    double[][] percentiles = new double[4][rounds];
    int answered = 0;
    for (int round = 0; round < rounds; round++) {
      double[] millis = new double[questions.size()];
      double[] cpuMillis = new double[questions.size()];
      for (int i = 0; i < questions.size(); i++) {
        long cpu = machine.threadCpuNanos();
        long start = nanoTime.getAsLong();
        Answer answer = opened.answerer().answer(Question.of(questions.get(i)));
        millis[i] = (nanoTime.getAsLong() - start) / 1e6;
        cpuMillis[i] = (machine.threadCpuNanos() - cpu) / 1e6;
        answered += round == 0 && answer.answered() ? 1 : 0;
      }
      percentiles[0][round] = Percentiles.of(millis, 50);
      percentiles[1][round] = Percentiles.of(millis, 99);
      percentiles[2][round] = Percentiles.of(cpuMillis, 50);
      percentiles[3][round] = Percentiles.of(cpuMillis, 99);
    }
    return new Latency(percentiles[0], percentiles[1], percentiles[2], percentiles[3],
        (double) answered / questions.size());
  }

  private interface Step {
    void run() throws Exception;
  }

  private double time(Step step) throws Exception {
    long start = nanoTime.getAsLong();
    step.run();
    return (nanoTime.getAsLong() - start) / 1e9;
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
