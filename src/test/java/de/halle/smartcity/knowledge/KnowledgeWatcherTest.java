package de.halle.smartcity.knowledge;

import static de.halle.smartcity.knowledge.KnowledgeFolderTest.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeWatcherTest {

  private static final Duration DEADLINE = Duration.ofSeconds(15);

  @TempDir Path dir;

  private final Queue<KnowledgeChange> changes = new ConcurrentLinkedQueue<>();
  private KnowledgeWatcher watcher;

  @AfterEach
  void closeWatcher() {
    if (watcher != null) {
      watcher.close();
    }
  }

  private KnowledgeWatcher start(Consumer<KnowledgeChange> listener, Duration rescan) {
    watcher = new KnowledgeWatcher(new KnowledgeFolder(dir), listener, Duration.ofMillis(50), rescan);
    watcher.start();
    return watcher;
  }

  private KnowledgeWatcher start() {
    return start(changes::add, Duration.ofHours(1));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private List<String> served() {
    return watcher.current().documents().stream().map(KnowledgeDocument::file).toList();
  }

  private String servedText(String file) {
    return watcher.current().documents().stream().filter(d -> d.file().equals(file))
        .map(d -> String.join(" ", d.paragraphs())).findFirst().orElse("");
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + DEADLINE + ": " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + what, e);
      }
    }
  }

  @Test
  void startLoadsTheFolderAndReturnsItAsTheInitialChange() throws IOException {
    write("a.md", release("A", "2024-01-01", "Eins."));

    watcher = new KnowledgeWatcher(new KnowledgeFolder(dir), changes::add);
    KnowledgeChange initial = watcher.start();

    assertThat(initial.added()).containsExactly("a.md");
    assertThat(initial.snapshot().documents()).hasSize(1);
  }

  @Test
  void aNewFileIsServedAndReportedAsAdded() throws IOException {
    start();

    write("neu.md", release("Neu", "2024-01-01", "Neuer Text."));

    await("neu.md served", () -> served().contains("neu.md"));
    await("change reported", () -> changes.stream().anyMatch(c -> c.added().contains("neu.md")));
  }

  @Test
  void anEditedFileIsServedInItsNewVersionAndADeletedFileDisappears() throws IOException {
    write("a.md", release("A", "2024-01-01", "Alte Fassung."));
    write("b.md", release("B", "2024-01-02", "Bleibt nicht."));
    start();

    write("a.md", release("A", "2024-01-01", "Neue Fassung."));
    Files.delete(dir.resolve("b.md"));

    await("new version served", () -> servedText("a.md").equals("Neue Fassung."));
    await("b.md gone", () -> !served().contains("b.md"));
    assertThat(changes).flatExtracting(KnowledgeChange::changed).contains("a.md");
    assertThat(changes).flatExtracting(KnowledgeChange::removed).contains("b.md");
  }

  @Test
  void aFileRenamedIntoPlaceReplacesTheOldVersion() throws IOException {
    write("a.md", release("A", "2024-01-01", "Alte Fassung."));
    start();

    Path temp = dir.resolve(".a.md.tmp");
    Files.writeString(temp, release("A", "2024-01-01", "Über Umbenennung ersetzt."));
    Files.move(temp, dir.resolve("a.md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

    await("renamed version served", () -> servedText("a.md").equals("Über Umbenennung ersetzt."));
  }

  @Test
  void aBrokenSaveIsReportedAndTheLastValidVersionKeepsServing() throws IOException {
    write("a.md", release("A", "2024-01-01", "Gültige Fassung."));
    start();

    write("a.md", "---\ntitle: A\nsource: https://www.halle.de/a\n---\nOhne Datum.\n");

    await("problem reported", () -> changes.stream().flatMap(c -> c.problems().stream())
        .anyMatch(p -> p.file().equals("a.md") && p.message().contains("'date' fehlt")));
    assertThat(servedText("a.md")).isEqualTo("Gültige Fassung.");
    assertThat(watcher.current().problems()).extracting(KnowledgeProblem::file).containsExactly("a.md");
  }

  @Test
  void aPartialWriteFollowedByTheRestEndsWithTheCompleteVersion() throws IOException {
    start();
    String full = release("Lang", "2024-01-01", "Vollständiger Text.");

    write("lang.md", full.substring(0, 12));
    write("lang.md", full);

    await("complete version served", () -> servedText("lang.md").equals("Vollständiger Text."));
    await("no problem left", () -> watcher.current().problems().isEmpty());
  }

  @Test
  void editorBackupSwapAndHiddenFilesAreIgnored() throws IOException {
    start();

    for (String name : List.of(".a.md.swp", "a.md~", ".#a.md", "#a.md#", "4913", "notizen.txt")) {
      write(name, "kein Front Matter");
    }
    write("b.md", release("B", "2024-01-02", "Zwei."));

    await("b.md served", () -> served().contains("b.md"));
    assertThat(served()).containsExactly("b.md");
    assertThat(changes).flatExtracting(KnowledgeChange::problems).isEmpty();
    assertThat(changes).flatExtracting(KnowledgeChange::added).containsOnly("b.md");
  }

  @Test
  void eventsAndAFrequentRescanTogetherReportANewFileOnlyOnce() throws IOException {
    start(changes::add, Duration.ofMillis(100));

    write("a.md", release("A", "2024-01-01", "Eins."));

    await("a.md served", () -> served().contains("a.md"));
    assertThat(changes).flatExtracting(KnowledgeChange::added).containsOnlyOnce("a.md");
  }

  @Test
  void aFailingListenerDoesNotStopLaterReloads() throws IOException {
    start(change -> {
      throw new IllegalStateException("listener kaputt");
    }, Duration.ofHours(1));

    write("a.md", release("A", "2024-01-01", "Eins."));
    await("a.md served", () -> served().contains("a.md"));
    write("b.md", release("B", "2024-01-02", "Zwei."));

    await("b.md served after the listener failed", () -> served().contains("b.md"));
  }

  @Test
  void reloadNowRereadsEverythingAndTellsTheListener() throws IOException {
    start();
    write("a.md", release("A", "2024-01-01", "Eins."));

    KnowledgeChange change = watcher.reloadNow();

    assertThat(served()).contains("a.md");
    assertThat(change.snapshot().documents()).extracting(KnowledgeDocument::file).containsExactly("a.md");
    assertThat(changes).isNotEmpty();
  }

  @Test
  void closeEndsTheWatcherThreads() {
    start();

    watcher.close();

    await("threads ended", () -> Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.isAlive() && t.getName().startsWith("knowledge-")));
  }
}
