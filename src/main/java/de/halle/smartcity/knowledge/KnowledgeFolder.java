package de.halle.smartcity.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The knowledge folder on disk: lists its {@code *.md} files (not sub-folders, dotfiles, editor backups or swap
 * files) and loads them into a {@link KnowledgeSnapshot}, one bad file never stopping the others. Thread-safe.
 */
public final class KnowledgeFolder {

  private final Path directory;
  private final Clock clock;
  private final KnowledgeFileParser parser = new KnowledgeFileParser();

  /** A folder read with the system clock for {@link KnowledgeSnapshot#loadedAt()}. */
  public KnowledgeFolder(Path directory) {
    this(directory, Clock.systemUTC());
  }

  /** A folder whose snapshots are stamped with {@code clock}. */
  public KnowledgeFolder(Path directory, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Returns the folder this reads. */
  public Path directory() {
    return directory;
  }

  /** Returns whether a file of this name is a knowledge file (a visible {@code *.md}, not a backup or swap file). */
  public static boolean isKnowledgeFileName(String name) {
    return name.endsWith(".md") && name.length() > 3
        && !name.startsWith(".") && !name.startsWith("#") && !name.startsWith("~");
  }

  /** Lists the names of the knowledge files directly in the folder, sorted. */
  public List<String> fileNames() {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (isKnowledgeFileName(name) && Files.isRegularFile(entry)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list knowledge folder " + directory, e);
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /** Reads every knowledge file and returns the valid, distinct documents and the problems of all files. */
  public KnowledgeSnapshot load() {
    List<KnowledgeFileResult> results = new ArrayList<>();
    for (String name : fileNames()) {
      results.add(loadFile(name));
    }
    return snapshot(results);
  }

  /** Reads and parses one file of the folder (no duplicate check: that needs the other files, see {@link #snapshot}). */
  public KnowledgeFileResult loadFile(String name) {
    if (!isKnowledgeFileName(name)) {
      throw new IllegalArgumentException("not a knowledge file name: " + name);
    }
    return parser.parse(directory.resolve(name));
  }

  /**
   * Assembles a snapshot from per-file results: accepted documents sorted by file name, later duplicates rejected,
   * and all problems (rejections and warnings) sorted by file name.
   */
  public KnowledgeSnapshot snapshot(List<KnowledgeFileResult> results) {
    List<KnowledgeFileResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(KnowledgeFileResult::file));
    List<KnowledgeProblem> problems = new ArrayList<>();
    List<KnowledgeDocument> documents = new ArrayList<>();
    for (KnowledgeFileResult result : sorted) {
      problems.addAll(result.problems());
      result.document().ifPresent(documents::add);
    }
    List<KnowledgeDocument> distinct = DuplicateFilter.distinct(documents, problems);
    ExpiredDocuments.warn(distinct, clock.instant(), problems);
    problems.sort(Comparator.comparing(KnowledgeProblem::file).thenComparingInt(KnowledgeProblem::line));
    return new KnowledgeSnapshot(distinct, problems, clock.instant());
  }
}
