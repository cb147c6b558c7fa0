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
import java.util.List;
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

      assertThat(log.sourceCard(7, id)).hasValueSatisfying(card -> assertThat(card.sources()).hasSize(1));
      assertThat(log.sourceCard(8, id)).isEmpty();

      JdbcRetryQueue retries = new JdbcRetryQueue(db, PSEUDONYMIZER, clock);
      retries.schedule(2, 7, "{\"text\":\"Frage\"}", 1, AT);
      assertThat(retries.due(AT, 10)).extracting(PendingRetry::payload).containsExactly("{\"text\":\"Frage\"}");
      assertThat(ledger.claim(3)).isTrue();
      ledger.giveUp(3, "Bot API UNAVAILABLE 500");
      assertThat(ledger.claim(3)).isFalse();
      assertThat(new DeliveryHistory(db).since(AT.minusSeconds(60)))
          .satisfies(p -> assertThat(p.givenUp()).isEqualTo(1))
          .satisfies(p -> assertThat(p.waitingForRetry()).isEqualTo(1));

      JdbcUpdateInbox inbox = new JdbcUpdateInbox(db, PSEUDONYMIZER, clock);
      inbox.append(List.of(new InboxMessage(10, 7, "a"), new InboxMessage(11, 8, "b")));
      inbox.append(List.of(new InboxMessage(11, 8, "again"), new InboxMessage(12, 8, "c")));
      inbox.remove(12);
      assertThat(inbox.unanswered()).containsExactly("a", "b");

      assertThat(StoredRows.all(db)).hasSize(9);
      assertThat(log.forget(7)).isEqualTo(4);
      assertThat(log.sourceCard(7, id)).isEmpty();
      clock.advance(Duration.ofDays(91));
      assertThat(new RetentionJob(db, clock, 90).purge()).isEqualTo(4);
      assertThat(StoredRows.all(db)).isEmpty();
    }
  }
}
