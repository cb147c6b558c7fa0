package de.halle.smartcity.telegram;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the test releases in {@code src/test/resources/telegram/knowledge} with a minimal front-matter parser (only
 * what these fixtures use), for tests that need a {@link KnowledgeSnapshot} without the real loader.
 */
final class FixtureKnowledge {
  private FixtureKnowledge() {}

  static Path directory() {
    try {
      return Path.of(FixtureKnowledge.class.getResource("/telegram/knowledge").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static KnowledgeSnapshot snapshot() {
    try (Stream<Path> files = Files.list(directory())) {
      List<KnowledgeDocument> documents = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        documents.add(read(file));
      }
      return new KnowledgeSnapshot(documents, List.of(), Instant.parse("2024-01-02T09:30:00Z"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KnowledgeDocument read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String[] sections = text.split("(?m)^---\\s*$", 3);
    String title = null;
    String date = null;
    String source = null;
    for (String line : sections[1].strip().split("\n")) {
      String[] kv = line.split(":", 2);
      String value = unquote(kv[1].strip());
      switch (kv[0].strip()) {
        case "title" -> title = value;
        case "date" -> date = value;
        case "source" -> source = value;
        default -> { }
      }
    }
    List<String> paragraphs = Arrays.stream(sections[2].strip().split("\\n\\s*\\n")).map(String::strip).toList();
    return new KnowledgeDocument(file.getFileName().toString(), title, LocalDate.parse(date), source, List.of(), "",
        null, paragraphs, Integer.toHexString(text.hashCode()));
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"");
    }
    return value;
  }
}
