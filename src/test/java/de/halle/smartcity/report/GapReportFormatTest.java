package de.halle.smartcity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapReportFormatTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static final KnowledgeGap PARKING = new KnowledgeGap("Was kostet ein Anwohnerparkausweis, bitte?", 3,
      Instant.parse("2024-05-01T22:30:00Z"), Instant.parse("2024-05-03T08:00:00Z"), 2, 1,
      Optional.of("Reise \"nach\" Übersee"), Optional.of("003-reise.md"));
  private static final KnowledgeGap PIPE = new KnowledgeGap("=HYPERLINK(1) | a\nb", 1,
      Instant.parse("2024-05-02T10:00:00Z"), Instant.parse("2024-05-02T10:00:00Z"), 1, 0, Optional.empty(),
      Optional.empty());

  @Test
  void writesCsvWithAHeaderQuotingAndLocalTimes() {
    String csv = GapReportFormat.CSV.render(List.of(PARKING), 30, BERLIN);

    assertThat(csv).isEqualTo(
        "anzahl,erstmals,zuletzt,abgelehnt,negativ_bewertet,beispielfrage,naechste_mitteilung,datei\r\n"
            + "3,2024-05-02 00:30,2024-05-03 10:00,2,1,\"Was kostet ein Anwohnerparkausweis, bitte?\","
            + "\"Reise \"\"nach\"\" Übersee\",003-reise.md\r\n");
  }

  @Test
  void guardsCsvCellsAgainstSpreadsheetFormulas() {
    String csv = GapReportFormat.CSV.render(List.of(PIPE), 30, BERLIN);

    assertThat(csv.lines().skip(1).findFirst()).contains("1,2024-05-02 12:00,2024-05-02 12:00,1,0,\"'=HYPERLINK(1) | a");
  }

  @Test
  void writesAMarkdownTableWithEscapedCells() {
    String md = GapReportFormat.MARKDOWN.render(List.of(PARKING, PIPE), 7, BERLIN);

    assertThat(md).startsWith("# Wissenslücken der letzten 7 Tage\n\n| Anzahl |")
        .contains("| 3 | 02.05.2024 | 03.05.2024 | 2 | 1 | Was kostet ein Anwohnerparkausweis, bitte? |"
            + " Reise \"nach\" Übersee (003-reise.md) |\n")
        .contains("| =HYPERLINK(1) \\| a b | – |\n");
  }

  @Test
  void saysSoWhenThereAreNoGaps() {
    assertThat(GapReportFormat.MARKDOWN.render(List.of(), 30, BERLIN)).contains("Keine abgelehnten");
    assertThat(GapReportFormat.CSV.render(List.of(), 30, BERLIN).lines()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({"csv, CSV", "CSV, CSV", "md, MARKDOWN", "markdown, MARKDOWN"})
  void readsTheFormatOption(String option, GapReportFormat expected) {
    assertThat(GapReportFormat.fromOption(option)).isEqualTo(expected);
  }

  @Test
  void rejectsAnUnknownFormatNamingIt() {
    assertThatThrownBy(() -> GapReportFormat.fromOption("pdf")).hasMessageContaining("was pdf");
  }
}
