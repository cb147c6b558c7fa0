package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One answer engine shared by the tests of a class (register it on a static field with {@code @RegisterExtension}):
 * opened before the first test with its embeddings cached in a temporary folder of its own, closed after the last
 * test and its folder deleted. Public for the tests of other packages that need the real engine (store, report). Not
 * thread-safe while opening or closing; answering is the engine's.
 */
public final class EngineFixture implements QuestionAnswerer, BeforeAllCallback, AfterAllCallback {

  /** The staff's synonyms file, as the bot reads it. */
  static final Path SYNONYMS = Path.of("knowledge/synonyms.txt");

  private final Supplier<KnowledgeSnapshot> knowledge;
  private final Path synonyms;
  private final Clock clock;
  private Path cache;
  private AnswerEngine engine;

  private EngineFixture(Supplier<KnowledgeSnapshot> knowledge, Path synonyms, Clock clock) {
    this.knowledge = knowledge;
    this.synonyms = synonyms;
    this.clock = clock;
  }

  /** An engine over the releases without synonyms, today being the system's. */
  static EngineFixture of(KnowledgeDocument... releases) {
    return new EngineFixture(() -> snapshot(releases), null, Clock.systemUTC());
  }

  /** An engine over the releases with the staff's synonyms file, today being the system's. */
  static EngineFixture withSynonyms(KnowledgeDocument... releases) {
    return new EngineFixture(() -> snapshot(releases), SYNONYMS, Clock.systemUTC());
  }

  /** An engine over the releases of a knowledge folder with the synonyms file (null: none). */
  static EngineFixture ofFolder(Path folder, Path synonyms) {
    return new EngineFixture(() -> new KnowledgeFolder(folder).load(), synonyms, Clock.systemUTC());
  }

  /** An engine over the test releases in {@code src/test/resources/engine/knowledge}, without synonyms. */
  public static EngineFixture ofTestKnowledge() {
    return ofFolder(resource("/engine/knowledge"), null);
  }

  /** A file or folder of the test resources, by its absolute resource name. */
  static Path resource(String name) {
    try {
      return Path.of(EngineFixture.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("not a test resource path: " + name, e);
    }
  }

  /** This fixture with {@code today}'s clock deciding which releases have expired and which events are past. */
  EngineFixture on(Clock today) {
    return new EngineFixture(knowledge, synonyms, today);
  }

  private static KnowledgeSnapshot snapshot(KnowledgeDocument... releases) {
    return new KnowledgeSnapshot(List.of(releases), List.of(), Instant.now());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    cache = Files.createTempDirectory("engine-cache");
    engine = AnswerEngine.open(knowledge.get(), cache, synonyms, clock);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (engine != null) {
        engine.close();
      }
    } finally {
      delete(cache);
    }
  }

  private static void delete(Path folder) throws IOException {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot delete " + path, e);
        }
      });
    }
  }

  @Override
  public Answer answer(Question question) {
    return engine.answer(question);
  }

  /**
   * Another engine over the releases, without synonyms, sharing this engine's cached embeddings; the caller closes
   * it.
   */
  AnswerEngine openBeside(KnowledgeSnapshot releases) {
    return AnswerEngine.open(releases, cache, null);
  }
}
