package de.halle.smartcity.cli;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Opens a knowledge folder for the commands: loads it, warns about skipped files and builds the answerer. */
public final class KnowledgeBase {

  /** A loaded folder and the answerer over it; closing it closes the answerer when that holds resources. */
  public record Opened(KnowledgeSnapshot snapshot, QuestionAnswerer answerer) implements AutoCloseable {
    public Opened {
      Objects.requireNonNull(snapshot, "snapshot");
      Objects.requireNonNull(answerer, "answerer");
    }

    @Override
    public void close() {
      if (answerer instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          throw new IllegalStateException("cannot close the answer engine: " + e.getMessage(), e);
        }
      }
    }
  }

  private final KnowledgeLoader loader;
  private final AnswererFactory factory;
  private final Path defaultDir;
  private final Path cacheDir;

  /**
   * @param defaultDir the folder used when a command gets no {@code --knowledge} (KNOWLEDGE_DIR)
   * @param cacheDir where the engine keeps caches across runs
   */
  public KnowledgeBase(KnowledgeLoader loader, AnswererFactory factory, Path defaultDir, Path cacheDir) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.defaultDir = Objects.requireNonNull(defaultDir, "defaultDir");
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
  }

  /** The folder named by {@code --knowledge}, or the configured one. */
  Path folder(Arguments arguments) {
    return arguments.path("--knowledge", defaultDir);
  }

  /**
   * Loads the folder.
   *
   * @throws UsageException when the folder does not exist
   */
  KnowledgeSnapshot load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(
          "knowledge folder " + dir + " not found: pass --knowledge DIR, set KNOWLEDGE_DIR, "
              + "or run from the project folder");
    }
    return loader.load(dir);
  }

  /** Loads the folder, prints a one-line warning about skipped files on stderr, and builds the answerer. */
  Opened open(Path dir, Terminal terminal) throws Exception {
    return open(dir, cacheDir, terminal);
  }

  /** Builds the answerer over an already loaded snapshot. */
  Opened build(Path dir, KnowledgeSnapshot snapshot) throws Exception {
    return new Opened(snapshot, factory.create(dir, snapshot, cacheDir));
  }

  /** Like {@link #open(Path, Terminal)} with another cache folder (the benchmark keeps its own). */
  Opened open(Path dir, Path cache, Terminal terminal) throws Exception {
    KnowledgeSnapshot snapshot = load(dir);
    int problems = snapshot.problems().size();
    if (problems > 0) {
      terminal.err().println(
          "warning: " + problems + " problem(s) in " + dir + "; 'java -jar halle-bot.jar check' lists them");
    }
    if (snapshot.documents().isEmpty()) {
      terminal.err().println("warning: no valid knowledge files in " + dir + "; every question will be declined");
    }
    return new Opened(snapshot, factory.create(dir, snapshot, cache));
  }
}
