package de.halle.smartcity.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/** What the benchmark reads about the machine and this JVM: process CPU time, heap after GC, cores and load. */
final class JvmMachine {

  private final com.sun.management.OperatingSystemMXBean system =
      ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  /** CPU time used by this process so far, all threads, in nanoseconds. */
  long processCpuNanos() {
    return system.getProcessCpuTime();
  }

  /** Heap in use after a few full collections, in bytes. */
  long heapUsedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Cores, maximum heap and the one-minute load average, as {@code key=value} pairs. */
  String describe() {
    return String.format(Locale.ROOT, "cores=%d max_heap_mb=%d load_avg=%.2f",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        system.getSystemLoadAverage());
  }
}
