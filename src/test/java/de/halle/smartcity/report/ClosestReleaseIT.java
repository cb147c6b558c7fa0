package de.halle.smartcity.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.EngineFixture;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.cli.report.ReportCommand;
import de.halle.smartcity.privacy.HmacPseudonymizer;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A declined question travels from the real engine through the real H2 question log into the editors' reports. */
class ClosestReleaseIT {

  private static final Instant NOW = Instant.parse("2024-05-10T10:00:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.ofTestKnowledge();

  @Test
  void theGapInboxAndTheReportNameTheClosestReleaseOfADeclinedQuestion() throws Exception {
    Answer decline = engine.answer(Question.of("Was kostet ein Anwohnerparkausweis?"));
    assertThat(decline.kind()).isEqualTo(Answer.Kind.DECLINED);
    String title = decline.closestReleases().get(0).title();
    String file = decline.closestReleases().get(0).file();

    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
      new JdbcQuestionLog(db, new HmacPseudonymizer("closest-release-it-key-0123456789".getBytes(
          StandardCharsets.UTF_8)), new PersonalDataScrubber())
          .record(5, "Was kostet ein Anwohnerparkausweis?", decline, NOW.minus(Duration.ofHours(1)));
      Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

      String inbox = StaffReports.over(db, clock, BERLIN).knowledgeGaps("");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int exit = new ReportCommand(db, clock, BERLIN).run(List.of("--format", "csv"),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
              StandardCharsets.UTF_8));

      assertThat(inbox).contains("nächste Mitteilung: " + title + " (" + file + ")").doesNotContain(": –");
      assertThat(exit).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains(file);
    }
  }
}
