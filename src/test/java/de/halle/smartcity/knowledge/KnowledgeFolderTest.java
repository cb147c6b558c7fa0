package de.halle.smartcity.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.answer.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeFolderTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  @TempDir Path dir;

  private KnowledgeFolder folder() {
    return new KnowledgeFolder(dir, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static String release(String title, String date, String body) {
    return "---\ntitle: " + title + "\ndate: " + date + "\nsource: https://www.halle.de/" + Math.abs(title.hashCode())
        + "\n---\n" + body + "\n";
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void loadsValidFilesSortedByNameAndStampsTheSnapshot() throws IOException {
    write("b.md", release("Zweite", "2024-01-02", "Text zwei."));
    write("a.md", release("Erste", "2024-01-01", "Text eins."));

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).extracting(KnowledgeDocument::file).containsExactly("a.md", "b.md");
    assertThat(snapshot.problems()).isEmpty();
    assertThat(snapshot.loadedAt()).isEqualTo(NOW);
  }

  @Test
  void oneBadFileNeverStopsTheOthers() throws IOException {
    write("a.md", release("Erste", "2024-01-01", "Text eins."));
    write("b.md", "---\ntitle: [kaputt\n---\nText.\n");
    write("c.md", "---\ntitle: Ohne Datum\nsource: https://www.halle.de/x\n---\nText.\n");
    Files.write(dir.resolve("d.md"), release("Latin", "2024-01-04", "Grüße.").getBytes(StandardCharsets.ISO_8859_1));
    write("e.md", release("Leer", "2024-01-05", ""));
    write("f.md", release("Letzte", "2024-01-06", "Text sechs."));

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).extracting(KnowledgeDocument::file).containsExactly("a.md", "f.md");
    assertThat(snapshot.problems()).extracting(KnowledgeProblem::file).containsExactly("b.md", "c.md", "d.md", "e.md");
    assertThat(snapshot.problems()).allMatch(KnowledgeProblem::isError);
  }

  @Test
  void ignoresDotfilesBackupsSwapFilesOtherExtensionsAndSubfolders() throws IOException {
    String valid = release("Gültig", "2024-01-01", "Text.");
    write("meldung.md", valid);
    for (String name : List.of(".versteckt.md", "meldung.md~", "~meldung.md", ".meldung.md.swp", "meldung.md.swp",
        "#meldung.md#", ".#meldung.md", "synonyms.txt", "notiz.markdown.bak")) {
      write(name, "kaputt");
    }
    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(dir.resolve("tests").resolve("fragen.md"), "kaputt");
    Files.createDirectories(dir.resolve("ordner.md"));

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).extracting(KnowledgeDocument::file).containsExactly("meldung.md");
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void rejectsTheLaterOfTwoFilesWithTheSameContentNamingTheEarlierOne() throws IOException {
    String text = release("Gleich", "2024-01-01", "Gleicher Text.");
    write("b-kopie.md", text);
    write("a-original.md", text);

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).extracting(KnowledgeDocument::file).containsExactly("a-original.md");
    assertThat(snapshot.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("b-kopie.md");
      assertThat(p.isError()).isTrue();
      assertThat(p.message()).contains("gleicher Text wie a-original.md");
    });
  }

  @Test
  void rejectsTheSameBodyUnderAnotherTitleAndDateAsAnError() throws IOException {
    write("1.md", release("Erster Titel", "2024-01-01", "Derselbe Text.\n\nZweiter Absatz."));
    write("2.md", release("Neuer Titel", "2024-02-01", "Derselbe Text.\n\nZweiter Absatz."));

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).extracting(KnowledgeDocument::file).containsExactly("1.md");
    assertThat(snapshot.problems()).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo("2.md: Doppelte Datei: gleicher Text wie 1.md: bitte eine "
            + "der beiden Dateien löschen"));
  }

  @Test
  void keepsTwoFilesWithTheSameTitleAndDateButDifferentTextWithAWarning() throws IOException {
    write("1.md", release("Gleicher Titel", "2024-01-01", "Erste Fassung."));
    write("2.md", release("Gleicher Titel", "2024-01-01", "Zweite Fassung."));
    write("3.md", release("Gleicher Titel", "2024-01-02", "Anderer Tag."));

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).extracting(KnowledgeDocument::file).containsExactly("1.md", "2.md", "3.md");
    assertThat(snapshot.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isFalse();
      assertThat(p.toString()).startsWith("2.md: Warnung: gleicher Titel und gleiches Datum wie 1.md");
    });
  }

  @Test
  void theIntegreatEvalCorpusLosesOnlyItsPagesWithRepeatedText() {
    KnowledgeSnapshot snapshot = new KnowledgeFolder(Path.of("src/test/resources/eval/integreat-qa/knowledge")).load();

    assertThat(snapshot.problems().stream().filter(KnowledgeProblem::isError))
        .hasSize(2).allSatisfy(p -> assertThat(p.message()).startsWith("Doppelte Datei: gleicher Text wie "));
    assertThat(snapshot.documents()).hasSize(615);
  }

  @Test
  void keepsWarningsOfLoadedFilesInTheSnapshot() throws IOException {
    write("a.md", release("Mit Warnung", "2024-01-01", "Text.").replace("---\nText", "autor: X\n---\nText"));

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).hasSize(1);
    assertThat(snapshot.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isFalse());
  }

  @Test
  void warnsAboutAReleasePastItsValidUntilDateAndStillServesIt() throws IOException {
    write("abgelaufen.md", release("Sommeraktion", "2024-01-01", "Text.").replace("---\nText",
        "valid_until: 2024-04-30\n---\nText"));
    write("letzter-tag.md", release("Frühjahr", "2024-01-01", "Text zwei.").replace("---\nText",
        "valid_until: 2024-05-01\n---\nText"));

    KnowledgeSnapshot snapshot = folder().load();

    assertThat(snapshot.documents()).hasSize(2);
    assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.isError()).isFalse();
      assertThat(problem.file()).isEqualTo("abgelaufen.md");
      assertThat(problem.toString()).contains("valid_until 2024-04-30 ist abgelaufen", "verlängern");
    });
  }

  @Test
  void loadsASingleFileForIncrementalReload() throws IOException {
    write("a.md", release("Erste", "2024-01-01", "Text eins."));

    assertThat(folder().loadFile("a.md").document().orElseThrow().title()).isEqualTo("Erste");
    assertThatThrownBy(() -> folder().loadFile(".a.md")).hasMessageContaining(".a.md");
  }

  @Test
  void theCuratedSeedReleaseLoadsWithoutProblems() {
    KnowledgeFileResult seed = new KnowledgeFolder(Path.of("knowledge"))
        .loadFile("000-2023-04-21-halle-netzwerkt-in-new-york.md");

    assertThat(seed.problems()).isEmpty();
    KnowledgeDocument document = seed.document().orElseThrow();
    assertThat(document.date()).hasToString("2023-04-21");
    assertThat(document.source()).startsWith("https://halle-investvision.de/");
    assertThat(document.paragraphs()).hasSize(4);
    assertThat(document.paragraphs()).as("reader comments are not part of the release")
        .allMatch(paragraph -> paragraph.endsWith("."));
  }

  @Test
  void theProjectKnowledgeFolderAndItsStaffTestsLoadWithoutErrors() {
    KnowledgeSnapshot snapshot = new KnowledgeFolder(Path.of("knowledge")).load();
    StaffTestSet tests = new StaffTestQuestions(Path.of("knowledge", "tests"), Question.MAX_RECENT_QUESTIONS).load();

    assertThat(snapshot.problems()).filteredOn(KnowledgeProblem::isError).isEmpty();
    assertThat(snapshot.documents()).isNotEmpty();
    assertThat(tests.problems()).filteredOn(KnowledgeProblem::isError).isEmpty();
  }

  @Test
  void everyProjectParagraphSplitsIntoSentencesThatReproduceIt() {
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();

    for (KnowledgeDocument document : new KnowledgeFolder(Path.of("knowledge")).load().documents()) {
      for (String paragraph : document.paragraphs()) {
        assertThat(String.join(" ", splitter.split(paragraph))).as(document.file()).isEqualTo(paragraph);
      }
    }
  }
}
