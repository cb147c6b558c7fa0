package de.halle.smartcity.store;

import static de.halle.smartcity.store.JdbcQuestionLogTest.PSEUDONYMIZER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryHistoryTest {
  private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcUpdateLedger ledger = new JdbcUpdateLedger(db, clock);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void countsGivenUpFailedAndWaitingUpdatesOfThePeriodNewestFirst() {
    ledger.claim(1);
    ledger.giveUp(1, "too old");
    clock.advance(Duration.ofDays(10));
    for (long id = 2; id <= 8; id++) {
      ledger.claim(id);
      clock.advance(Duration.ofMinutes(1));
      ledger.giveUp(id, "Bot API UNAVAILABLE 500 #" + id);
    }
    ledger.claim(9);
    ledger.fail(9, "IllegalStateException");
    ledger.claim(10);
    ledger.complete(10);
    new JdbcRetryQueue(db, PSEUDONYMIZER, clock).schedule(9, 42, "{}", 1, clock.instant());

    DeliveryProblems problems = new DeliveryHistory(db).since(clock.instant().minus(Duration.ofDays(7)));

    assertThat(problems.givenUp()).isEqualTo(7);
    assertThat(problems.failedNow()).isEqualTo(1);
    assertThat(problems.waitingForRetry()).isEqualTo(1);
    assertThat(problems.latest()).extracting(DeliveryProblems.GivenUp::updateId).containsExactly(8L, 7L, 6L, 5L, 4L);
    assertThat(problems.latest().get(0).reason()).isEqualTo("Bot API UNAVAILABLE 500 #8");
  }
}
