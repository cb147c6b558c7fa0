package de.halle.smartcity.store;

import static de.halle.smartcity.store.JdbcQuestionLogTest.AT;
import static de.halle.smartcity.store.JdbcQuestionLogTest.PSEUDONYMIZER;
import static de.halle.smartcity.store.JdbcQuestionLogTest.answered;
import static de.halle.smartcity.store.JdbcQuestionLogTest.declined;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Runs the same schema and stores on a real PostgreSQL server. Enabled by {@code TEST_POSTGRES_URL}, a JDBC URL of
 * a throwaway database: the test drops and recreates its {@code public} schema.
 */
@EnabledIfEnvironmentVariable(named = "TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresSchemaIT {

  private static final String URL = System.getenv("TEST_POSTGRES_URL");

  @Test
  void migratesAndServesLedgerLogHistoryForgetAndRetentionOnPostgres() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    MutableClock clock = new MutableClock(AT);
    try (Database db = Database.open(URL)) {
      JdbcUpdateLedger ledger = new JdbcUpdateLedger(db, clock);
      assertThat(ledger.claim(1)).isTrue();
      assertThat(ledger.claim(1)).isFalse();
      ledger.fail(1, "boom");
      assertThat(ledger.claim(1)).isTrue();
      ledger.complete(1);
      assertThat(ledger.claim(1)).isFalse();

      JdbcQuestionLog log = new JdbcQuestionLog(db, PSEUDONYMIZER, new PersonalDataScrubber());
      long id = log.record(7, "Ich wohne Hansering 15, wann fand die Konferenz statt?", answered("k.md", "K"), AT);
      log.feedback(7, id, false, AT);
      log.feedback(7, id, true, AT);
      log.record(8, "Was kostet ein Parkausweis?", declined(), AT.plusSeconds(1));
      assertThat(new QuestionHistory(db).since(AT)).hasSize(2).first().satisfies(q -> {
        assertThat(q.text()).contains("Ich wohne [ADRESSE], wann fand die Konferenz statt?");
        assertThat(q.helpful()).isEqualTo(Optional.of(true));
      });

      assertThat(StoredRows.all(db)).hasSize(4);
      assertThat(log.forget(7)).isEqualTo(2);
      clock.advance(Duration.ofDays(91));
      assertThat(new RetentionJob(db, clock, 90).purge()).isEqualTo(2);
      assertThat(StoredRows.all(db)).isEmpty();
    }
  }
}
