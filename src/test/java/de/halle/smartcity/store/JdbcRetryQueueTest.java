package de.halle.smartcity.store;

import static de.halle.smartcity.store.JdbcQuestionLogTest.PSEUDONYMIZER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcRetryQueueTest {
  private static final long CHAT = 918_273_645L;
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final String PAYLOAD = "{\"chat\":918273645,\"text\":\"Wann fährt die Straßenbahn?\"}";

  private final MutableClock clock = new MutableClock(NOW);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcRetryQueue queue = new JdbcRetryQueue(db, PSEUDONYMIZER, clock);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void keepsThePayloadEncryptedAndTheChatOnlyAsPseudonym() throws SQLException {
    queue.schedule(7, CHAT, PAYLOAD, 1, NOW);

    assertThat(queue.due(NOW, 10)).containsExactly(new PendingRetry(7, PAYLOAD, 1));
    assertThat(StoredRows.of(db, "update_retry")).singleElement().asString()
        .contains(PSEUDONYMIZER.pseudonym(CHAT)).doesNotContain(Long.toString(CHAT)).doesNotContain("Straßenbahn");
  }

  @Test
  void returnsOnlyDueEntriesLongestWaitingFirstAndReplacesOnReschedule() {
    queue.schedule(1, CHAT, "a", 1, NOW.plusSeconds(30));
    queue.schedule(2, CHAT, "b", 1, NOW.minusSeconds(10));
    queue.schedule(3, CHAT, "c", 2, NOW);

    assertThat(queue.due(NOW, 10)).extracting(PendingRetry::updateId).containsExactly(2L, 3L);
    assertThat(queue.due(NOW, 1)).extracting(PendingRetry::updateId).containsExactly(2L);

    queue.schedule(2, CHAT, "b2", 2, NOW.plusSeconds(60));
    queue.remove(3);

    assertThat(queue.due(NOW, 10)).isEmpty();
    assertThat(queue.due(NOW.plusSeconds(60), 10)).extracting(PendingRetry::payload).containsExactly("a", "b2");
  }

  @Test
  void dropsAnEntryThatAnotherKeyCannotOpen() throws SQLException {
    queue.schedule(9, CHAT, PAYLOAD, 1, NOW);
    HmacPseudonymizer otherKey = new HmacPseudonymizer("another-key-0123456789".getBytes(StandardCharsets.UTF_8));

    assertThat(new JdbcRetryQueue(db, otherKey, clock).due(NOW, 10)).isEmpty();
    assertThat(StoredRows.of(db, "update_retry")).isEmpty();
  }

  @Test
  void isDeletedByForgetAndByRetention() throws SQLException {
    queue.schedule(1, CHAT, PAYLOAD, 1, NOW);
    queue.schedule(2, CHAT + 1, PAYLOAD, 1, NOW);
    new JdbcQuestionLog(db, PSEUDONYMIZER, new PersonalDataScrubber()).forget(CHAT);
    assertThat(queue.due(NOW, 10)).extracting(PendingRetry::updateId).containsExactly(2L);

    clock.advance(Duration.ofDays(91));
    new RetentionJob(db, clock, 90).purge();
    assertThat(StoredRows.of(db, "update_retry")).isEmpty();
  }

  @Test
  void refusesAPayloadTooLargeForTheColumn() {
    assertThatThrownBy(() -> queue.schedule(1, CHAT, "x".repeat(7000), 1, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 8000");
  }
}
