package de.halle.smartcity.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time per thread group of this process, read from {@code /proc/self/task} (Linux only; empty elsewhere), so a
 * benchmark can say which threads burn the CPU: Java threads, GC, JIT compilers and native (ONNX) threads alike.
 */
final class ThreadCpu {
  private final Map<String, long[]> ticksByGroup;

  private ThreadCpu(Map<String, long[]> ticksByGroup) {
    this.ticksByGroup = ticksByGroup;
  }

  /** The CPU ticks used so far by each thread group (thread name with its digits removed). */
  static ThreadCpu now() {
    Map<String, long[]> ticks = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(task -> read(task, ticks));
    } catch (IOException e) {
      return new ThreadCpu(Map.of());
    }
    return new ThreadCpu(ticks);
  }

  private static void read(Path task, Map<String, long[]> ticks) {
    try {
      String stat = Files.readString(task.resolve("stat"));
      String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long[] sum = ticks.computeIfAbsent(name, n -> new long[2]);
      sum[0] += Long.parseLong(fields[11]);
      sum[1] += Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      // the thread ended between listing and reading
    }
  }

  /** Milliseconds of CPU per group since {@code before}, per answered message, largest first. */
  String perMessageSince(ThreadCpu before, int messages) {
    Map<String, long[]> used = new TreeMap<>();
    ticksByGroup.forEach((group, ticks) -> {
      long[] old = before.ticksByGroup.getOrDefault(group, new long[2]);
      if (ticks[0] + ticks[1] > old[0] + old[1]) {
        used.put(group, new long[] {ticks[0] - old[0], ticks[1] - old[1]});
      }
    });
    StringBuilder out = new StringBuilder("cpu ms per answer by thread (10 ms ticks; user + system):");
    used.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1],
            a.getValue()[0] + a.getValue()[1]))
        .forEach(e -> out.append(String.format("%n  %6.3f = %6.3f + %6.3f %s",
            (e.getValue()[0] + e.getValue()[1]) * 10.0 / messages, e.getValue()[0] * 10.0 / messages,
            e.getValue()[1] * 10.0 / messages, e.getKey())));
    return out.toString();
  }
}
