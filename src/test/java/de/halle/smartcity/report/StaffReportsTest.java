package de.halle.smartcity.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.store.Database;
import de.halle.smartcity.store.JdbcQuestionLog;
import de.halle.smartcity.store.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffReportsTest {

  static final Instant NOW = Instant.parse("2024-05-10T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcQuestionLog log = questionLog(db);
  private final StaffReports reports = StaffReports.over(db, clock, ZoneId.of("Europe/Berlin"));

  @AfterEach
  void close() {
    db.close();
  }

  static JdbcQuestionLog questionLog(Database db) {
    return new JdbcQuestionLog(db,
        new HmacPseudonymizer("staff-report-test-key-0123456789".getBytes(StandardCharsets.UTF_8)),
        new PersonalDataScrubber());
  }

  static Answer declined() {
    return new Answer(Answer.Kind.DECLINED, "Dazu steht nichts in den Mitteilungen.", List.of(), List.of(), 0.1,
        "de");
  }

  static Answer answered(String title) {
    Source source = new Source(title, LocalDate.parse("2023-04-21"), "https://example.org/x", "x.md");
    return new Answer(Answer.Kind.ANSWERED, "Antwort.", List.of("Antwort."), List.of(source), 0.9, "de");
  }

  @Test
  void listsKnowledgeGapsAsPlainTextForTheBotToEscape() {
    log.record(1, "Gilt <b>Tarif</b> & Rabatt für Senioren?", declined(), NOW.minus(Duration.ofDays(2)));
    log.record(2, "Gilt der Tarif & Rabatt für Senioren?", declined(), NOW.minus(Duration.ofDays(1)));
    log.record(3, "Wann fand die Konferenz statt?", answered("Konferenz"), NOW);

    String message = reports.knowledgeGaps("");

    assertThat(message).startsWith("Wissenslücken der letzten 30 Tage\n")
        .contains("1. 2× „Gilt <b>Tarif</b> & Rabatt für Senioren?“")
        .contains("abgelehnt 2, 👎 0 · 08.05.2024–09.05.2024")
        .doesNotContain("Konferenz", "&amp;");
  }

  @Test
  void leavesOutQuestionsOlderThanThePeriod() {
    log.record(1, "Gibt es eine Mobilstation am Hauptbahnhof?", declined(), NOW.minus(Duration.ofDays(31)));

    assertThat(reports.knowledgeGaps(" ")).contains("Keine abgelehnten");
    assertThat(reports.knowledgeGaps("40")).startsWith("Wissenslücken der letzten 40 Tage")
        .contains("Mobilstation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "sieben", "7 Tage", "99999"})
  void answersABadPeriodWithTheUsage(String argument) {
    assertThat(reports.knowledgeGaps(argument)).startsWith("Aufruf: /luecken [Tage]");
    assertThat(reports.statistics(argument)).startsWith("Aufruf: /statistik [Tage]");
  }

  @Test
  void staysUnderTelegramsMessageLimitWithManyLongGaps() {
    for (int i = 0; i < 40; i++) {
      StringBuilder question = new StringBuilder();
      for (int j = 0; j < 40; j++) {
        question.append("wort").append(i).append('x').append(j).append(' ');
      }
      log.record(i, question.toString(), declined(), NOW);
    }

    String message = reports.knowledgeGaps("");

    assertThat(message.length()).isLessThan(4096);
    assertThat(message).contains("1. 1× „wort0x0", "weitere. Alle: report --format csv")
        .doesNotContain("\n10. ");
  }

  @Test
  void summarisesUsageForTheAdmins() {
    long id = log.record(1, "Wann fand die Konferenz statt?", answered("Konferenz & Reise"), NOW);
    log.feedback(1, id, true, NOW);
    log.record(2, "Was kostet ein Parkausweis?", declined(), NOW.minus(Duration.ofDays(1)));

    String message = reports.statistics("");

    assertThat(message).startsWith("Statistik der letzten 30 Tage\n")
        .contains("Fragen: 2 (beantwortet 1, abgelehnt 1, feste Antworten 0)")
        .contains("Anteil beantwortet: 50 %")
        .contains("👍 1 · 👎 0")
        .contains("09.05. 1\n10.05. 1")
        .contains("1. Konferenz & Reise (1)");
    assertThat(reports.statistics("1")).contains("Fragen: 1 (beantwortet 1, abgelehnt 0");
  }
}
