package de.halle.smartcity.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Loads the staff test questions in {@code knowledge/tests/*.jsonl} (one JSON object per line:
 * {@code {"id":…, "q":…, "expect":[…]}} or {@code "expect_any":[…]} or {@code "abstain":true}, optional
 * {@code "earlier":[…]} (the chat's earlier questions for a follow-up), {@code "expect_not":[…]} beside an expectation
 * and {@code "lang"}), reporting each bad line as file:line with what to fix. Thread-safe.
 */
public final class StaffTestQuestions {
  private static final Pattern MISNAMED = Pattern.compile("\\.(?i:jsonl|json|ndjson)$");

  private final Path directory;
  private final StaffTestLineParser lineParser;

  /**
   * Questions from the {@code *.jsonl} files directly in {@code directory} (usually {@code knowledge/tests}), each with
   * at most {@code maxEarlier} earlier questions of the chat (as many as the bot keeps of a chat).
   */
  public StaffTestQuestions(Path directory, int maxEarlier) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.lineParser = new StaffTestLineParser(maxEarlier);
  }

  /** Reads every test file, sorted by name; a missing folder means no questions. Ids must be unique overall. */
  public StaffTestSet load() {
    List<StaffTestQuestion> parsed = new ArrayList<>();
    List<KnowledgeProblem> problems = new ArrayList<>();
    for (Path file : misnamedTestFiles()) {
      String name = file.getFileName().toString();
      problems.add(KnowledgeProblem.warning(directory.getFileName() + "/" + name, 0, "Datei wird nicht gelesen: "
          + "Testfragen stehen nur in Dateien mit der Endung .jsonl, bitte umbenennen in "
          + name.substring(0, name.lastIndexOf('.')) + ".jsonl"));
    }
    for (Path file : testFiles()) {
      String name = directory.getFileName() + "/" + file.getFileName();
      try {
        parseLines(name, Files.readAllBytes(file), parsed, problems);
      } catch (IOException e) {
        problems.add(new KnowledgeProblem(name, 0, "Datei konnte nicht gelesen werden ("
            + e.getClass().getSimpleName() + "): bitte Zugriffsrechte prüfen"));
      }
    }
    return new StaffTestSet(distinct(parsed, problems), problems);
  }

  /** Parses the bytes of one test file named {@code file}; ids must be unique within it. */
  public StaffTestSet parse(String file, byte[] content) {
    List<StaffTestQuestion> parsed = new ArrayList<>();
    List<KnowledgeProblem> problems = new ArrayList<>();
    parseLines(file, content, parsed, problems);
    return new StaffTestSet(distinct(parsed, problems), problems);
  }

  private void parseLines(
      String file, byte[] content, List<StaffTestQuestion> parsed, List<KnowledgeProblem> problems) {
    String text;
    try {
      text = StrictUtf8.decode(content);
    } catch (RejectedFileException e) {
      problems.add(e.toProblem(file));
      return;
    }
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        lineParser.parse(file, i + 1, lines.get(i), problems).ifPresent(parsed::add);
      }
    }
  }

  private static List<StaffTestQuestion> distinct(List<StaffTestQuestion> parsed, List<KnowledgeProblem> problems) {
    Map<String, String> locationById = new HashMap<>();
    List<StaffTestQuestion> kept = new ArrayList<>();
    for (StaffTestQuestion question : parsed) {
      String earlier = locationById.putIfAbsent(question.id(), question.location());
      if (earlier == null) {
        kept.add(question);
      } else {
        problems.add(new KnowledgeProblem(question.file(), question.line(), "Die id '" + question.id()
            + "' gibt es schon in " + earlier + ": bitte eine eindeutige id vergeben"));
      }
    }
    return kept;
  }

  private List<Path> testFiles() {
    return files(name -> name.endsWith(".jsonl"));
  }

  /** Files that look meant as test files but are not read: {@code fragen.json}, {@code FRAGEN.JSONL}. */
  private List<Path> misnamedTestFiles() {
    return files(name -> !name.endsWith(".jsonl") && MISNAMED.matcher(name).find());
  }

  private List<Path> files(Predicate<String> nameTest) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".") && nameTest.test(name) && Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list staff test folder " + directory, e);
    }
    files.sort(null);
    return files;
  }
}
