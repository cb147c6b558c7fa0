package de.halle.smartcity.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.cli.AnswererFactory;
import de.halle.smartcity.cli.CommandLine;
import de.halle.smartcity.cli.KnowledgeLoader;
import de.halle.smartcity.cli.Terminal;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  private final List<Path> loaded = new ArrayList<>();
  private final List<Long> filesSeen = new ArrayList<>();
  private final List<Path> caches = new ArrayList<>();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicLong clock = new AtomicLong();

  private final KnowledgeLoader loader =
      dir -> {
        loaded.add(dir);
        try (Stream<Path> files = Files.list(dir)) {
          filesSeen.add(files.filter(f -> f.toString().endsWith(".md")).count());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new KnowledgeSnapshot(List.of(), List.of(), Instant.EPOCH);
      };

  private final AnswererFactory factory =
      (dir, snapshot, cache) -> {
        caches.add(cache);
        return question -> {
          answered.incrementAndGet();
          return new Answer(Answer.Kind.DECLINED, "nein", List.of(), List.of(), 0, "de");
        };
      };

  @Test
  void measuresIndexRestartLatencyAndHeapOnGeneratedReleasesAndCleansUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
    BenchCommand bench = new BenchCommand(loader, factory, Path.of("no-such-synonyms.txt"), () -> clock.addAndGet(1_000_000));

    int code =
        new CommandLine(List.of(bench), "bench")
            .run(List.of("bench", "--releases", "25", "--questions", "40", "--runs", "2"), terminal);

    assertThat(code).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("25 synthetic releases, 40 questions, 2 runs, seed 42, cores=")
        .contains("index_s=0.001 cpu_s=", "restart_s=0.001 (load and index from the cache, median of 2)")
        .containsPattern("\nbench releases=25 questions=40 runs=2 answered_pct=0 index_s=0\\.00 index_cpu_s=\\d+\\.\\d\\d "
            + "restart_s=0\\.00 p50_ms=1\\.000 p99_ms=1\\.000 p50_cpu_ms=\\d+\\.\\d{3} p99_cpu_ms=\\d+\\.\\d{3} heap_mb=\\d+ "
            + "cores=\\d+ max_heap_mb=\\d+ "
            + "load_avg=-?\\d+\\.\\d\\d\n\\z");
    assertThat(filesSeen).as("index, two restarts, one for latency").containsExactly(25L, 25L, 25L, 25L);
    assertThat(caches).hasSize(4).allSatisfy(cache -> assertThat(cache).isEqualTo(caches.get(0)));
    assertThat(answered).hasValue(40 + 2 * 40);
    assertThat(loaded.get(0).getParent()).doesNotExist();
  }

  @Test
  void keepsTheReleasesAndTheirCacheInTheWorkFolderForTheNextRun(@TempDir Path work) {
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new ByteArrayOutputStream());
    BenchCommand bench =
        new BenchCommand(loader, factory, Path.of("no-such-synonyms.txt"), () -> clock.addAndGet(1_000_000));
    List<String> args =
        List.of("bench", "--releases", "5", "--questions", "4", "--runs", "1", "--work", work.toString());

    int first = new CommandLine(List.of(bench), "bench").run(args, terminal);
    int second = new CommandLine(List.of(bench), "bench").run(args, terminal);

    assertThat(first).isZero();
    assertThat(second).isZero();
    assertThat(loaded).hasSize(6).allSatisfy(dir -> assertThat(dir).isEqualTo(work.resolve("knowledge-5-42")));
    assertThat(work.resolve("knowledge-5-42")).isDirectory();
    assertThat(caches).allSatisfy(cache -> assertThat(cache).isEqualTo(work.resolve("cache")));
  }
}
