package de.halle.smartcity.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the knowledge folder's state between reloads: re-reads only the files it is told about (or whose size, time or
 * identity changed), and keeps serving the last valid version of a file whose new version is rejected. Not
 * thread-safe: confine it to one thread.
 */
final class IncrementalKnowledgeLoader {

  private record Fingerprint(FileTime modified, long size, Object fileKey) {}

  private final KnowledgeFolder folder;
  private final Map<String, KnowledgeFileResult> latest = new HashMap<>();
  private final Map<String, KnowledgeDocument> lastValid = new HashMap<>();
  private final Map<String, Fingerprint> fingerprints = new HashMap<>();
  private KnowledgeSnapshot snapshot = new KnowledgeSnapshot(List.of(), List.of(), Instant.EPOCH);

  IncrementalKnowledgeLoader(KnowledgeFolder folder) {
    this.folder = folder;
  }

  KnowledgeSnapshot snapshot() {
    return snapshot;
  }

  /** Re-reads every file in the folder and every file known before. */
  KnowledgeChange reloadAll() {
    Set<String> names = new TreeSet<>(folder.fileNames());
    names.addAll(latest.keySet());
    return reload(names);
  }

  /** Re-reads the files that appeared, disappeared or whose size, modification time or identity changed. */
  KnowledgeChange rescan() {
    List<String> onDisk = folder.fileNames();
    Set<String> touched = new TreeSet<>(latest.keySet());
    touched.removeAll(onDisk);
    for (String name : onDisk) {
      if (!fingerprint(name).equals(Optional.ofNullable(fingerprints.get(name)))) {
        touched.add(name);
      }
    }
    return reload(touched);
  }

  /** Re-reads the named files (a missing file is removed) and returns what changed. */
  KnowledgeChange reload(Collection<String> names) {
    for (String name : names) {
      Optional<Fingerprint> fingerprint = fingerprint(name);
      if (fingerprint.isEmpty()) {
        forget(name);
        continue;
      }
      fingerprints.put(name, fingerprint.get());
      KnowledgeFileResult result = folder.loadFile(name);
      latest.put(name, result);
      result.document().ifPresent(document -> lastValid.put(name, document));
    }
    List<KnowledgeFileResult> served = new ArrayList<>();
    latest.values().forEach(result -> served.add(servedVersion(result)));
    KnowledgeSnapshot next = folder.snapshot(served);
    KnowledgeChange change = KnowledgeChange.between(snapshot, next, names);
    snapshot = next;
    return change;
  }

  private KnowledgeFileResult servedVersion(KnowledgeFileResult result) {
    KnowledgeDocument previous = lastValid.get(result.file());
    if (result.accepted() || previous == null) {
      return result;
    }
    List<KnowledgeProblem> problems = result.problems().stream()
        .map(p -> p.isError() ? new KnowledgeProblem(p.file(), p.line(),
            p.message() + " (bis dahin gilt die letzte gültige Fassung weiter)") : p)
        .toList();
    return new KnowledgeFileResult(result.file(), Optional.of(previous), problems);
  }

  private void forget(String name) {
    latest.remove(name);
    lastValid.remove(name);
    fingerprints.remove(name);
  }

  private Optional<Fingerprint> fingerprint(String name) {
    Path path = folder.directory().resolve(name);
    if (!KnowledgeFolder.isKnowledgeFileName(name)) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return attributes.isRegularFile()
          ? Optional.of(new Fingerprint(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey()))
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // present but unreadable: read it anyway so that the parser reports the problem to the editor
      return Optional.of(new Fingerprint(null, -1, e.getClass().getName()));
    }
  }
}
