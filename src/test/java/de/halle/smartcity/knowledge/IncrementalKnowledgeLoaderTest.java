package de.halle.smartcity.knowledge;

import static de.halle.smartcity.knowledge.KnowledgeFolderTest.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalKnowledgeLoaderTest {

  @TempDir Path dir;

  private final List<String> none = List.of();

  private IncrementalKnowledgeLoader loader() {
    return new IncrementalKnowledgeLoader(new KnowledgeFolder(dir));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static List<String> files(KnowledgeSnapshot snapshot) {
    return snapshot.documents().stream().map(KnowledgeDocument::file).toList();
  }

  @Test
  void theFirstFullLoadReportsEveryFileAsAdded() throws IOException {
    write("a.md", release("A", "2024-01-01", "Eins."));
    write("b.md", release("B", "2024-01-02", "Zwei."));

    KnowledgeChange change = loader().reloadAll();

    assertThat(change.added()).containsExactly("a.md", "b.md");
    assertThat(change.changed()).isEmpty();
    assertThat(change.removed()).isEmpty();
  }

  @Test
  void reloadingNamedFilesReportsAddedChangedAndRemoved() throws IOException {
    write("a.md", release("A", "2024-01-01", "Eins."));
    write("b.md", release("B", "2024-01-02", "Zwei."));
    IncrementalKnowledgeLoader loader = loader();
    loader.reloadAll();
    write("a.md", release("A", "2024-01-01", "Eins, geändert."));
    Files.delete(dir.resolve("b.md"));
    write("c.md", release("C", "2024-01-03", "Drei."));

    KnowledgeChange change = loader.reload(List.of("a.md", "b.md", "c.md"));

    assertThat(change.added()).containsExactly("c.md");
    assertThat(change.changed()).containsExactly("a.md");
    assertThat(change.removed()).containsExactly("b.md");
    assertThat(change.staleFiles()).containsExactly("a.md", "b.md");
    assertThat(change.freshDocuments()).extracting(KnowledgeDocument::file).containsExactly("a.md", "c.md");
    assertThat(files(change.snapshot())).containsExactly("a.md", "c.md");
  }

  @Test
  void aBrokenNewVersionIsReportedWhileTheLastValidVersionKeepsServing() throws IOException {
    write("a.md", release("A", "2024-01-01", "Alte gültige Fassung."));
    IncrementalKnowledgeLoader loader = loader();
    loader.reloadAll();
    write("a.md", "---\ntitle: A\nsource: https://www.halle.de/a\n---\nNeue Fassung ohne Datum.\n");

    KnowledgeChange change = loader.reload(List.of("a.md"));

    assertThat(change.isEmpty()).isFalse();
    assertThat(change.changed()).isEmpty();
    assertThat(change.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isTrue();
      assertThat(p.message()).contains("'date' fehlt", "letzte gültige Fassung");
    });
    assertThat(change.snapshot().documents()).singleElement()
        .satisfies(d -> assertThat(d.paragraphs()).containsExactly("Alte gültige Fassung."));
  }

  @Test
  void aBrokenFileThatWasNeverValidIsReportedAndNotServed() throws IOException {
    IncrementalKnowledgeLoader loader = loader();
    loader.reloadAll();
    write("neu.md", "kein Front Matter");

    KnowledgeChange change = loader.reload(List.of("neu.md"));

    assertThat(change.added()).isEmpty();
    assertThat(change.problems()).extracting(KnowledgeProblem::file).containsExactly("neu.md");
    assertThat(change.snapshot().documents()).isEmpty();
  }

  @Test
  void fixingABrokenFileServesTheFixedVersion() throws IOException {
    write("a.md", release("A", "2024-01-01", "Erste."));
    IncrementalKnowledgeLoader loader = loader();
    loader.reloadAll();
    write("a.md", "---\ntitle: [kaputt\n---\n");
    loader.reload(List.of("a.md"));
    write("a.md", release("A", "2024-01-01", "Repariert."));

    KnowledgeChange change = loader.reload(List.of("a.md"));

    assertThat(change.changed()).containsExactly("a.md");
    assertThat(change.problems()).isEmpty();
    assertThat(change.snapshot().problems()).isEmpty();
  }

  @Test
  void problemsOfFilesNotReadInThisReloadAreNotReportedAgain() throws IOException {
    write("kaputt.md", "kein Front Matter");
    IncrementalKnowledgeLoader loader = loader();
    loader.reloadAll();
    write("b.md", release("B", "2024-01-02", "Zwei."));

    KnowledgeChange change = loader.reload(List.of("b.md"));

    assertThat(change.added()).containsExactly("b.md");
    assertThat(change.problems()).isEmpty();
    assertThat(change.snapshot().problems()).extracting(KnowledgeProblem::file).containsExactly("kaputt.md");
  }

  @Test
  void aRescanFindsFilesChangedWithoutAnyEvent() throws IOException {
    write("a.md", release("A", "2024-01-01", "Eins."));
    write("b.md", release("B", "2024-01-02", "Zwei."));
    IncrementalKnowledgeLoader loader = loader();
    loader.reloadAll();
    Path replacement = dir.resolve("a.md.tmp");
    Files.writeString(replacement, release("A", "2024-01-01", "Eins, über Umbenennung ersetzt."));
    Files.setLastModifiedTime(replacement, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Files.move(replacement, dir.resolve("a.md"), StandardCopyOption.REPLACE_EXISTING);
    Files.delete(dir.resolve("b.md"));
    write("c.md", release("C", "2024-01-03", "Drei."));

    KnowledgeChange change = loader.rescan();

    assertThat(change.added()).containsExactly("c.md");
    assertThat(change.changed()).containsExactly("a.md");
    assertThat(change.removed()).containsExactly("b.md");
  }

  @Test
  void aRescanOfAnUntouchedFolderChangesNothing() throws IOException {
    write("a.md", release("A", "2024-01-01", "Eins."));
    write("kaputt.md", "kein Front Matter");
    IncrementalKnowledgeLoader loader = loader();
    loader.reloadAll();

    assertThat(loader.rescan().isEmpty()).isTrue();
    assertThat(loader.reload(none).isEmpty()).isTrue();
  }
}
