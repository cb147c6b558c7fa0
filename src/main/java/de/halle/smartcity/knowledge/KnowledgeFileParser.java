package de.halle.smartcity.knowledge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses one knowledge file (YAML front matter + Markdown body) into a {@link KnowledgeDocument}, or rejects it with
 * German problems naming the line and what to fix. Thread-safe.
 */
public final class KnowledgeFileParser {

  /** Largest accepted file size in bytes (1 MB). */
  public static final long MAX_BYTES = 1024 * 1024;

  private final YAMLMapper yaml =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private final MarkdownParagraphs markdown = new MarkdownParagraphs();

  /** Reads and parses the file; a file that cannot be read is rejected with a problem, not an exception. */
  public KnowledgeFileResult parse(Path path) {
    String file = path.getFileName().toString();
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return KnowledgeFileResult.rejected(file, tooLarge(file, size));
      }
      return parse(file, Files.readAllBytes(path));
    } catch (IOException e) {
      return KnowledgeFileResult.rejected(file, new KnowledgeProblem(file, 0, "Datei konnte nicht gelesen werden ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + "): bitte Zugriffsrechte prüfen"));
    }
  }

  /** Parses the raw bytes of the file named {@code file}. */
  public KnowledgeFileResult parse(String file, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return KnowledgeFileResult.rejected(file, tooLarge(file, bytes.length));
    }
    try {
      FrontMatter frontMatter = FrontMatter.split(StrictUtf8.decode(bytes));
      JsonNode root = readYaml(frontMatter);
      return document(file, frontMatter, root, sha256(bytes));
    } catch (RejectedFileException e) {
      return KnowledgeFileResult.rejected(file, e.toProblem(file));
    }
  }

  private KnowledgeFileResult document(String file, FrontMatter frontMatter, JsonNode root, String hash) {
    FrontMatterFields fields = new FrontMatterFields(file, frontMatter, root);
    fields.checkUnknownKeys();
    String title = fields.requiredText("title", "Titel der Meldung");
    LocalDate date = fields.date("date", true);
    String source = fields.source();
    List<String> tags = fields.tags();
    String summary = fields.optionalText("summary");
    LocalDate validUntil = fields.date("valid_until", false);
    List<KnowledgeProblem> problems = new ArrayList<>(fields.problems());
    List<String> paragraphs = markdown.paragraphs(frontMatter.body());
    if (paragraphs.isEmpty()) {
      problems.add(new KnowledgeProblem(file, frontMatter.bodyFirstLine(), "Der Text der Meldung fehlt: bitte "
          + "nach der schließenden Zeile '---' den Text einfügen"));
    }
    if (problems.stream().anyMatch(KnowledgeProblem::isError)) {
      return new KnowledgeFileResult(file, Optional.empty(), problems);
    }
    KnowledgeDocument document =
        new KnowledgeDocument(file, title, date, source, tags, summary, validUntil, paragraphs, hash);
    return new KnowledgeFileResult(file, Optional.of(document), problems);
  }

  private JsonNode readYaml(FrontMatter frontMatter) {
    JsonNode root;
    try {
      root = yaml.readTree(frontMatter.yamlText());
    } catch (JacksonException e) {
      JsonLocation location = e.getLocation();
      int line = location == null || location.getLineNr() < 1
          ? frontMatter.yamlFirstLine() : frontMatter.yamlFirstLine() + location.getLineNr() - 1;
      throw new RejectedFileException(line, "Front Matter ist kein gültiges YAML (" + firstLine(e) + "): bitte "
          + "Einrückung und Doppelpunkte prüfen; enthält ein Wert selbst ': ' oder beginnt er mit einem "
          + "Sonderzeichen, den Wert in Anführungszeichen setzen, z. B. title: \"Halle: Neues\"");
    }
    if (root == null || !root.isObject()) {
      throw new RejectedFileException(frontMatter.yamlFirstLine(), "Front Matter muss aus Zeilen der Form "
          + "'feld: wert' bestehen: bitte title, date und source so angeben");
    }
    return root;
  }

  private static String firstLine(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static KnowledgeProblem tooLarge(String file, long size) {
    return new KnowledgeProblem(file, 0, String.format(Locale.GERMANY, "Datei ist zu groß (%.1f MB, erlaubt "
        + "ist höchstens 1 MB): bitte in mehrere Dateien aufteilen", size / (1024.0 * 1024.0)));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
