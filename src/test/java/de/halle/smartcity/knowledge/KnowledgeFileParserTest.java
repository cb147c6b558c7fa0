package de.halle.smartcity.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeFileParserTest {

  private static final String HEADER = "---\n"
      + "title: Neue Bibliothek eröffnet\n"
      + "date: 2024-03-01\n"
      + "source: https://www.halle.de/presse/bibliothek\n";

  private final KnowledgeFileParser parser = new KnowledgeFileParser();

  private KnowledgeFileResult parse(String text) {
    return parser.parse("meldung.md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String problemsOf(KnowledgeFileResult result) {
    return result.problems().toString();
  }

  @Test
  void readsAllFieldsAndTheBodyOfAValidFile() {
    KnowledgeFileResult result = parse(HEADER
        + "tags: [Bildung, Kultur]\n"
        + "summary: Die Stadtbibliothek hat eröffnet.\n"
        + "valid_until: 2024-12-31\n"
        + "---\n"
        + "Die Bibliothek ist *ab sofort* geöffnet.\n");

    assertThat(result.problems()).isEmpty();
    KnowledgeDocument document = result.document().orElseThrow();
    assertThat(document.file()).isEqualTo("meldung.md");
    assertThat(document.title()).isEqualTo("Neue Bibliothek eröffnet");
    assertThat(document.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(document.source()).isEqualTo("https://www.halle.de/presse/bibliothek");
    assertThat(document.tags()).containsExactly("Bildung", "Kultur");
    assertThat(document.summary()).isEqualTo("Die Stadtbibliothek hat eröffnet.");
    assertThat(document.validUntil()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(document.paragraphs()).containsExactly("Die Bibliothek ist ab sofort geöffnet.");
  }

  @Test
  void contentHashIsTheSha256OfTheRawBytes() throws Exception {
    byte[] bytes = (HEADER + "---\nText.\n").getBytes(StandardCharsets.UTF_8);

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    assertThat(parser.parse("a.md", bytes).document().orElseThrow().contentHash()).isEqualTo(expected).hasSize(64);
  }

  @Test
  void reducesMarkdownBlocksToPlainParagraphs() {
    KnowledgeFileResult result = parse(HEADER + "---\n"
        + "# Überschrift mit **Fett**\n\n"
        + "Ein Absatz mit [Link-Text](https://example.org) und\nweicher Zeilenumbruch.\n\n"
        + "- erster Punkt\n- zweiter `Code` Punkt\n\n"
        + "> Ein Zitat\n> über zwei Zeilen.\n\n"
        + "<!-- Kommentar für die Redaktion -->\n\n"
        + "Letzter Absatz mit _Betonung_.\n");

    assertThat(result.document().orElseThrow().paragraphs()).containsExactly(
        "Überschrift mit Fett",
        "Ein Absatz mit Link-Text und weicher Zeilenumbruch.",
        "erster Punkt",
        "zweiter Code Punkt",
        "Ein Zitat über zwei Zeilen.",
        "Letzter Absatz mit Betonung.");
  }

  @Test
  void normalizesUmlautsToNfcAndRemovesInvisibleCharacters() {
    String decomposed = "Mu\u0308nchen und Ko\u0308ln";
    KnowledgeFileResult result = parse(HEADER + "---\n"
        + decomposed + "\u00A0liegen\u200B weit\u00AD weg.\u200D\u0007 Ende.\n");

    assertThat(result.document().orElseThrow().paragraphs())
        .containsExactly("München und Köln liegen weit weg. Ende.");
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEndings() {
    KnowledgeFileResult result = parse("\uFEFF" + HEADER.replace("\n", "\r\n") + "---\r\nText.\r\n");

    assertThat(result.accepted()).as(problemsOf(result)).isTrue();
  }

  @Test
  void rejectsAFileWithoutFrontMatterOnLineOne() {
    KnowledgeFileResult result = parse("Nur Text ohne Kopf.\n");

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).contains("Front Matter fehlt", "---");
      assertThat(p.toString()).startsWith("meldung.md:1: ");
    });
  }

  @Test
  void rejectsFrontMatterThatIsNeverClosed() {
    assertThat(problemsOf(parse(HEADER + "Text.\n"))).contains("nicht geschlossen");
  }

  @Test
  void rejectsBrokenYamlNamingTheFileLineOfTheError() {
    KnowledgeFileResult result = parse("---\n"
        + "title: Neue Bibliothek\n"
        + "date: 2024-03-01\n"
        + "source: [https://www.halle.de\n"
        + "tags: x\n"
        + "---\nText.\n");

    assertThat(result.accepted()).isFalse();
    KnowledgeProblem problem = result.problems().get(0);
    assertThat(problem.line()).isBetween(4, 6);
    assertThat(problem.message()).contains("kein gültiges YAML", "Anführungszeichen");
  }

  @Test
  void anUnquotedColonInTheTitleIsReportedOnItsLine() {
    KnowledgeFileResult result = parse("---\n"
        + "date: 2024-03-01\n"
        + "title: Digitales: Halle lädt ein\n"
        + "source: https://www.halle.de/a\n"
        + "---\nText.\n");

    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
  }

  @Test
  void rejectsAMissingDateAndSaysWhatToAdd() {
    KnowledgeFileResult result = parse("---\ntitle: T\nsource: https://www.halle.de/a\n---\nText.\n");

    assertThat(result.accepted()).isFalse();
    assertThat(problemsOf(result)).contains("Pflichtfeld 'date' fehlt", "date: 2023-04-21");
  }

  @Test
  void reportsEveryMissingRequiredFieldAtOnce() {
    KnowledgeFileResult result = parse("---\nsummary: nur das\n---\nText.\n");

    assertThat(result.problems()).extracting(KnowledgeProblem::message)
        .anyMatch(m -> m.contains("'title' fehlt"))
        .anyMatch(m -> m.contains("'date' fehlt"))
        .anyMatch(m -> m.contains("'source' fehlt"));
  }

  @Test
  void rejectsABlankTitleOnItsLine() {
    KnowledgeFileResult result = parse("---\ntitle: \"  \"\ndate: 2024-03-01\nsource: https://a.de/b\n---\nT.\n");

    assertThat(result.problems()).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo(
            "meldung.md:2: Pflichtfeld 'title' ist leer: bitte einen Wert eintragen, z. B. title: Titel der Meldung"));
  }

  @Test
  void rejectsADateNotInIsoFormat() {
    KnowledgeFileResult result = parse(HEADER.replace("2024-03-01", "01.03.2024") + "---\nText.\n");

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("'01.03.2024'", "JJJJ-MM-TT");
    });
  }

  @Test
  void rejectsAnImpossibleValidUntilDate() {
    assertThat(problemsOf(parse(HEADER + "valid_until: 2024-02-30\n---\nText.\n")))
        .contains("valid_until", "2024-02-30");
  }

  @Test
  void rejectsATitleGivenAsAList() {
    assertThat(problemsOf(parse("---\ntitle: [a, b]\ndate: 2024-03-01\nsource: https://a.de/b\n---\nT.\n")))
        .contains("'title' muss ein einzelner Wert sein");
  }

  @Test
  void acceptsASourceThatIsNotAWebAddressWithAWarning() {
    KnowledgeFileResult result =
        parse(HEADER.replace("https://www.halle.de/presse/bibliothek", "integreat-muenchen-123") + "---\nT.\n");

    assertThat(result.accepted()).isTrue();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(KnowledgeProblem.Severity.WARNING);
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.toString()).contains("Warnung", "integreat-muenchen-123");
    });
  }

  @Test
  void warnsAboutAnUnknownKeySuggestingTheClosestKnownOne() {
    KnowledgeFileResult result = parse(HEADER + "sumary: Tippfehler\n---\nText.\n");

    assertThat(result.accepted()).isTrue();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isFalse();
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).contains("'sumary'", "meinten Sie 'summary'");
    });
  }

  @Test
  void rejectsADuplicateKey() {
    assertThat(parse(HEADER + "date: 2024-03-02\n---\nText.\n").accepted()).isFalse();
  }

  @Test
  void acceptsTagsAsCommaSeparatedText() {
    KnowledgeFileResult result = parse(HEADER + "tags: Bildung, Kultur\n---\nText.\n");

    assertThat(result.document().orElseThrow().tags()).containsExactly("Bildung", "Kultur");
  }

  @Test
  void rejectsAnEmptyBodyPointingAtTheLineAfterTheFrontMatter() {
    KnowledgeFileResult result = parse(HEADER + "---\n\n   \n<!-- nur ein Kommentar -->\n");

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("Text der Meldung fehlt");
    });
  }

  @Test
  void rejectsALatin1FileNamingTheLineOfTheFirstBadByte() {
    byte[] bytes = (HEADER + "---\nDie Stadt plant.\nGrüße aus Halle.\n").getBytes(StandardCharsets.ISO_8859_1);

    KnowledgeFileResult result = parser.parse("alt.md", bytes);

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).as("the title 'eröffnet' on line 2 has the first non-UTF-8 byte").isEqualTo(2);
      assertThat(p.message()).contains("nicht in UTF-8", "0xF6");
    });
  }

  @Test
  void rejectsAFileLargerThanOneMegabyteWithoutReadingIt(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("gross.md");
    byte[] filler = new byte[(int) KnowledgeFileParser.MAX_BYTES];
    Arrays.fill(filler, (byte) 'a');
    Files.write(big, (HEADER + "---\n").getBytes(StandardCharsets.UTF_8));
    Files.write(big, filler, StandardOpenOption.APPEND);

    KnowledgeFileResult result = parser.parse(big);

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("gross.md");
      assertThat(p.message()).contains("zu groß", "1 MB");
    });
  }

  @Test
  void reportsAFileThatCannotBeReadInsteadOfThrowing(@TempDir Path dir) {
    KnowledgeFileResult result = parser.parse(dir.resolve("fehlt.md"));

    assertThat(problemsOf(result)).contains("fehlt.md", "konnte nicht gelesen werden");
  }
}
