package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerEngineExpiryTest {

  @TempDir
  static Path cache;

  private static final String FEE = "Der Leseausweis kostet zwölf Euro im Jahr.";

  @Test
  void answerFromAnExpiredReleaseSaysTheDetailsMayBeOutdated() {
    Answer answer = askFeeSheetValidUntilNewYearsEve("2025-03-01", "Was kostet der Leseausweis?");

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.body()).startsWith(FEE)
        .endsWith("\nHinweis: Diese Angaben galten bis 31.12.2024 und sind möglicherweise nicht mehr aktuell.");
    assertThat(answer.text().length()).isLessThanOrEqualTo(600);
  }

  @Test
  void releaseIsValidUpToAndIncludingItsLastDay() {
    assertThat(askFeeSheetValidUntilNewYearsEve("2024-12-31", "Was kostet der Leseausweis?").body()).isEqualTo(FEE);
  }

  @Test
  void englishAnswerGetsTheNoteInEnglish() {
    Answer answer = askFeeSheetValidUntilNewYearsEve("2025-03-01", "How much does the library card cost?");

    assertThat(answer.language()).isEqualTo("en");
    assertThat(answer.body()).endsWith("\nNote: this release was valid until 2024-12-31; the details may be outdated.");
  }

  private static Answer askFeeSheetValidUntilNewYearsEve(String day, String question) {
    KnowledgeSnapshot releases = snapshot(release("gebuehren.md", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 12, 31),
        FEE));
    try (AnswerEngine engine = AnswerEngine.open(releases, cache, null, at(day))) {
      return engine.answer(Question.of(question));
    }
  }

  @Test
  void aStillValidReleaseWinsATieAgainstANewerExpiredOne() {
    KnowledgeSnapshot releases = snapshot(
        release("aktuell.md", LocalDate.of(2023, 1, 10), null, "Der Leseausweis kostet zwölf Euro im Jahr."),
        release("aktion.md", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31),
            "Der Leseausweis kostet im Sommer nur fünf Euro im Jahr."));

    try (AnswerEngine engine = AnswerEngine.open(releases, cache, null, at("2025-03-01"))) {
      assertThat(engine.answer(Question.of("Was kostet der Leseausweis?")).sources())
          .extracting(Source::file).containsExactly("aktuell.md");
    }
  }

  private static Clock at(String day) {
    return Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
  }

  private static KnowledgeSnapshot snapshot(KnowledgeDocument... documents) {
    return new KnowledgeSnapshot(List.of(documents), List.of(), Instant.now());
  }

  private static KnowledgeDocument release(String file, LocalDate date, LocalDate validUntil, String text) {
    return TestReleases.expiring(file, "Gebühren der Stadtbibliothek", date, validUntil, text);
  }
}
