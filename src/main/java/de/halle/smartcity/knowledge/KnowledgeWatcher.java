package de.halle.smartcity.knowledge;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload of the knowledge folder: watches it with a {@link WatchService} (plus a periodic rescan, because watch
 * events can be lost), waits until a burst of editor writes is quiet, re-reads only the touched files, keeps serving
 * the last valid version of a file whose new version is broken, and tells the listener what changed.
 *
 * <p>Thread-safe. All reloading runs on one daemon thread; the listener is called on it, so it must not call
 * {@link #reloadNow()}. {@link #close()} stops both daemon threads.
 */
public final class KnowledgeWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWatcher.class);

  private final KnowledgeFolder folder;
  private final Consumer<KnowledgeChange> listener;
  private final Duration debounce;
  private final Duration rescanInterval;
  private final IncrementalKnowledgeLoader loader;
  private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean flushScheduled = new AtomicBoolean();
  private final AtomicBoolean rescanRequested = new AtomicBoolean();
  private final AtomicReference<Thread> reloadThread = new AtomicReference<>();
  private final ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = daemon(runnable, "knowledge-reload");
    reloadThread.set(thread);
    return thread;
  });
  private final GermanChangeSummary summary = new GermanChangeSummary();
  private volatile long lastEventNanos;
  private WatchService watchService;
  private Thread watchThread;

  /**
   * A watcher over {@code folder} that reports changes to {@code listener}, re-reading files once no event arrived
   * for {@code debounce}, and rescanning the whole folder every {@code rescanInterval}.
   */
  public KnowledgeWatcher(
      KnowledgeFolder folder, Consumer<KnowledgeChange> listener, Duration debounce, Duration rescanInterval) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.debounce = requirePositive(debounce, "debounce");
    this.rescanInterval = requirePositive(rescanInterval, "rescanInterval");
    this.loader = new IncrementalKnowledgeLoader(folder);
  }

  /** A watcher with the production timings: 300 ms debounce, full rescan every 30 s. */
  public KnowledgeWatcher(KnowledgeFolder folder, Consumer<KnowledgeChange> listener) {
    this(folder, listener, Duration.ofMillis(300), Duration.ofSeconds(30));
  }

  /**
   * Loads the folder, starts watching it and returns the initial load as a change (every file added); the listener
   * hears only later changes.
   */
  public synchronized KnowledgeChange start() {
    if (watchThread != null) {
      throw new IllegalStateException("watcher already started for " + folder.directory());
    }
    try {
      watchService = folder.directory().getFileSystem().newWatchService();
      folder.directory().register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch knowledge folder " + folder.directory(), e);
    }
    KnowledgeChange initial = onReloadThread(loader::reloadAll);
    current.set(initial.snapshot());
    watchThread = daemon(this::watchLoop, "knowledge-watch");
    watchThread.start();
    long every = rescanInterval.toMillis();
    reloads.scheduleWithFixedDelay(guarded(() -> publish(loader.rescan())), every, every, TimeUnit.MILLISECONDS);
    return initial;
  }

  /** Returns the snapshot currently served; null before {@link #start()}. */
  public KnowledgeSnapshot current() {
    return current.get();
  }

  /** Re-reads every file now (for an admin's "reload" command), tells the listener and returns the change. */
  public KnowledgeChange reloadNow() {
    return onReloadThread(() -> {
      KnowledgeChange change = loader.reloadAll();
      publish(change);
      return change;
    });
  }

  /** Stops watching and reloading; waits briefly for the daemon threads to end. */
  @Override
  public synchronized void close() {
    reloads.shutdownNow();
    try {
      if (watchService != null) {
        watchService.close();
      }
      if (watchThread != null) {
        watchThread.join(TimeUnit.SECONDS.toMillis(5));
      }
      reloads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close watch service of " + folder.directory(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void watchLoop() {
    try {
      while (true) {
        WatchKey key = watchService.take();
        for (WatchEvent<?> event : key.pollEvents()) {
          onEvent(event);
        }
        if (!key.reset()) {
          LOG.warn("Knowledge folder {} can no longer be watched; relying on the periodic rescan",
              folder.directory());
          return;
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: the watcher is shutting down
    }
  }

  private void onEvent(WatchEvent<?> event) {
    if (event.kind() == OVERFLOW) {
      rescanRequested.set(true);
    } else {
      String name = ((Path) event.context()).getFileName().toString();
      if (!KnowledgeFolder.isKnowledgeFileName(name)) {
        return;
      }
      pending.add(name);
    }
    lastEventNanos = System.nanoTime();
    if (flushScheduled.compareAndSet(false, true)) {
      schedule(this::flushWhenQuiet, debounce.toNanos());
    }
  }

  private void flushWhenQuiet() {
    long quietFor = System.nanoTime() - lastEventNanos;
    if (quietFor < debounce.toNanos()) {
      schedule(this::flushWhenQuiet, debounce.toNanos() - quietFor);
      return;
    }
    flushScheduled.set(false);
    Set<String> names = new TreeSet<>();
    for (String name : List.copyOf(pending)) {
      pending.remove(name);
      names.add(name);
    }
    KnowledgeChange change = rescanRequested.getAndSet(false) ? loader.reloadAll() : loader.reload(names);
    publish(change);
  }

  private void publish(KnowledgeChange change) {
    if (change.isEmpty()) {
      return;
    }
    current.set(change.snapshot());
    LOG.info("Knowledge reloaded: {}", summary.render(change));
    try {
      listener.accept(change);
    } catch (RuntimeException e) {
      LOG.error("Knowledge change listener failed for change {}", summary.render(change), e);
    }
  }

  private void schedule(Runnable task, long delayNanos) {
    try {
      reloads.schedule(guarded(task), delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // closed: the watcher is shutting down
    }
  }

  private Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.error("Reloading knowledge folder {} failed; the previous snapshot keeps serving", folder.directory(), e);
      }
    };
  }

  private KnowledgeChange onReloadThread(Callable<KnowledgeChange> reload) {
    if (Thread.currentThread() == reloadThread.get()) {
      throw new IllegalStateException("a knowledge change listener must not reload " + folder.directory());
    }
    try {
      return reloads.submit(reload).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("reloading " + folder.directory() + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reloading " + folder.directory(), e);
    }
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  private static Duration requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + duration);
    }
    return duration;
  }
}
