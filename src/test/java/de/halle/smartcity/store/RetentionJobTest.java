package de.halle.smartcity.store;

import static de.halle.smartcity.store.JdbcQuestionLogTest.PSEUDONYMIZER;
import static de.halle.smartcity.store.JdbcQuestionLogTest.answered;
import static de.halle.smartcity.store.JdbcQuestionLogTest.declined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

  private static final Instant START = Instant.parse("2024-01-01T12:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcQuestionLog log = new JdbcQuestionLog(db, PSEUDONYMIZER, new PersonalDataScrubber());
  private final JdbcUpdateLedger ledger = new JdbcUpdateLedger(db, clock);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void deletesRowsOlderThanTheRetentionPeriodFromEveryTable() throws SQLException {
    long old = log.record(1L, "Alte Frage zur Konferenz?", answered("a.md", "A"), START);
    log.feedback(1L, old, false, START);
    ledger.claim(100);
    ledger.complete(100);
    clock.advance(Duration.ofDays(10));
    long recent = log.record(2L, "Neue Frage zur Reise?", declined(), clock.instant());
    log.feedback(2L, recent, true, clock.instant());
    ledger.claim(200);
    clock.advance(Duration.ofDays(81));

    int removed = new RetentionJob(db, clock, 90).purge();

    assertThat(removed).isEqualTo(3);
    assertThat(StoredRows.all(db)).hasSize(3).noneMatch(row -> row.contains("Konferenz"))
        .anyMatch(row -> row.contains("Neue Frage zur Reise?"))
        .anyMatch(row -> row.startsWith("processed_update: 200|"));
  }

  @Test
  void keepsARowThatIsExactlyAsOldAsTheRetentionPeriod() throws SQLException {
    log.record(1L, "Frage zur Konferenz?", declined(), START);
    clock.advance(Duration.ofDays(7));

    assertThat(new RetentionJob(db, clock, 7).purge()).isZero();
    clock.advance(Duration.ofMillis(1));
    assertThat(new RetentionJob(db, clock, 7).purge()).isEqualTo(1);
    assertThat(StoredRows.all(db)).isEmpty();
  }

  @Test
  void purgesOnItsOwnThreadAsSoonAsItStarts() throws Exception {
    log.record(1L, "Frage zur Konferenz?", declined(), START);
    clock.advance(Duration.ofDays(2));

    try (RetentionJob job = new RetentionJob(db, clock, 1)) {
      job.start();
      for (int i = 0; i < 200 && !StoredRows.all(db).isEmpty(); i++) {
        Thread.sleep(50);
      }
    }

    assertThat(StoredRows.all(db)).isEmpty();
  }

  @Test
  void rejectsARetentionOfLessThanOneDayNamingTheSetting() {
    assertThatThrownBy(() -> new RetentionJob(db, clock, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BOT_RETENTION_DAYS")
        .hasMessageContaining("0");
  }
}
