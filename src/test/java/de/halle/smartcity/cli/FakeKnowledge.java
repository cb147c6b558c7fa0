package de.halle.smartcity.cli;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeProblem;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds knowledge bases over fake loaders and answerers for CLI tests; records what the factory was asked. */
final class FakeKnowledge {

  final FakeAnswerer answerer = new FakeAnswerer();
  final List<Path> loadedFolders = new ArrayList<>();
  int enginesBuilt;
  private final List<KnowledgeProblem> problems = new ArrayList<>();

  FakeKnowledge withProblem(String file, int line, String message) {
    problems.add(new KnowledgeProblem(file, line, message));
    return this;
  }

  FakeKnowledge withWarning(String file, int line, String message) {
    problems.add(KnowledgeProblem.warning(file, line, message));
    return this;
  }

  KnowledgeLoader loader() {
    return dir -> {
      loadedFolders.add(dir);
      return new KnowledgeSnapshot(List.of(document("test.md")), problems, Instant.EPOCH);
    };
  }

  AnswererFactory factory() {
    return (dir, snapshot, cache) -> {
      enginesBuilt++;
      return answerer;
    };
  }

  KnowledgeBase base(Path defaultDir) {
    return new KnowledgeBase(loader(), factory(), defaultDir, defaultDir.resolve("cache"));
  }

  static KnowledgeDocument document(String file) {
    return new KnowledgeDocument(
        file,
        "Testmitteilung",
        LocalDate.of(2023, 4, 21),
        "https://example.org/test",
        List.of(),
        "",
        null,
        List.of("Für die Stadt entstehen keine Kosten."),
        "0".repeat(64));
  }
}
