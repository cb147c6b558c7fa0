package de.halle.smartcity.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.report.GapReportFormat;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.store.Database;
import de.halle.smartcity.store.JdbcQuestionLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportCommandTest {

  private static final Instant NOW = Instant.parse("2024-05-10T10:00:00Z");

  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final ReportCommand command =
      new ReportCommand(db, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Berlin"));
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void recordQuestions() {
    JdbcQuestionLog log = new JdbcQuestionLog(db,
        new HmacPseudonymizer("report-command-test-key-01234567".getBytes(StandardCharsets.UTF_8)),
        new PersonalDataScrubber());
    Answer declined = new Answer(Answer.Kind.DECLINED, "Nicht bekannt.", List.of(), List.of(), 0.1, "de");
    log.record(1, "Was kostet ein Anwohnerparkausweis?", declined, NOW.minus(Duration.ofDays(20)));
    log.record(2, "Was kostet der Anwohnerparkausweis? Tel. 0345 2214014", declined, NOW.minus(Duration.ofDays(2)));
    log.record(3, "Wann öffnet die Schwimmhalle?", declined, NOW.minus(Duration.ofDays(1)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void printsTheGapsOfTheLastThirtyDaysAsMarkdownByDefault() {
    int exit = run();

    assertThat(exit).isZero();
    assertThat(text(out)).startsWith("# Wissenslücken der letzten 30 Tage")
        .contains("| 2 | 20.04.2024 | 08.05.2024 | 2 | 0 | Was kostet ein Anwohnerparkausweis? | – |")
        .contains("| 1 | 09.05.2024 | 09.05.2024 | 1 | 0 | Wann öffnet die Schwimmhalle? | – |")
        .doesNotContain("0345");
  }

  @Test
  void printsCsvForTheRequestedNumberOfDays() {
    int exit = run("--format", "csv", "--days", "7");

    assertThat(exit).isZero();
    assertThat(text(out).lines()).containsExactly(
        "anzahl,erstmals,zuletzt,abgelehnt,negativ_bewertet,beispielfrage,naechste_mitteilung,datei",
        "1,2024-05-09 12:00,2024-05-09 12:00,1,0,Wann öffnet die Schwimmhalle?,,",
        "1,2024-05-08 12:00,2024-05-08 12:00,1,0,Was kostet der Anwohnerparkausweis? Tel. [TELEFON],,");
  }

  @Test
  void rendersParsedOptionsLikeTheCommandLine() {
    run("--format", "md", "--days", "3");

    assertThat(command.render(GapReportFormat.MARKDOWN, 3)).isEqualTo(text(out)).contains("Schwimmhalle");
  }

  @Test
  void rejectsBadArgumentsWithUsageAndExitCodeTwo() {
    assertThat(run("--days", "0")).isEqualTo(2);
    assertThat(run("--format")).isEqualTo(2);
    assertThat(run("--format", "pdf")).isEqualTo(2);
    assertThat(run("--verbose")).isEqualTo(2);

    assertThat(text(err)).contains("--days must be a whole number of at least 1 but was 0",
        "--format needs a value", "--format must be csv or md but was pdf", "unknown argument: --verbose",
        ReportCommand.USAGE);
    assertThat(text(out)).isEmpty();
  }

  private int run(String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
