package de.halle.smartcity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcUpdateLedgerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcUpdateLedger ledger = new JdbcUpdateLedger(db, clock, Duration.ofMinutes(2), 3);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void letsOnlyTheFirstClaimOfAnUpdateProceed() {
    assertThat(ledger.claim(1001)).isTrue();
    assertThat(ledger.claim(1001)).isFalse();
    assertThat(ledger.claim(1002)).isTrue();
  }

  @Test
  void atStartReleasesOnlyTheUnfinishedClaimsOfThePreviousRun() {
    ledger.claim(1);
    ledger.claim(2);
    ledger.complete(2);
    clock.advance(Duration.ofSeconds(5));
    Instant start = clock.instant();
    ledger.claim(3);

    assertThat(ledger.releaseClaimsBefore(start)).isEqualTo(1);
    assertThat(ledger.claim(1)).as("the dead run's claim, at once").isTrue();
    assertThat(ledger.claim(2)).as("answered stays answered").isFalse();
    assertThat(ledger.claim(3)).as("this run's claim stays exclusive").isFalse();
  }

  @Test
  void anAnsweredMarkIsInTheDatabaseFileAtOnceAsAKilledProcessWouldLeaveIt(@TempDir Path dir) throws Exception {
    try (Database file = Database.open("jdbc:h2:file:" + dir.resolve("bot").toAbsolutePath())) {
      JdbcUpdateLedger onFile = new JdbcUpdateLedger(file, clock);
      onFile.claim(77);
      onFile.complete(77);
      Files.copy(dir.resolve("bot.mv.db"), dir.resolve("copy.mv.db"));
    }
    try (Database copy = Database.open("jdbc:h2:file:" + dir.resolve("copy").toAbsolutePath())) {
      assertThat(new JdbcUpdateLedger(copy, clock).claim(77)).isFalse();
    }
  }

  @Test
  void neverClaimsACompletedUpdateAgainEvenLongAfter() {
    ledger.claim(1001);
    ledger.complete(1001);
    clock.advance(Duration.ofDays(1));

    assertThat(ledger.claim(1001)).isFalse();
  }

  @Test
  void letsAFailedUpdateBeClaimedAgainAndCountsAttempts() throws SQLException {
    ledger.claim(1001);
    ledger.fail(1001, "answerer threw IllegalStateException");

    assertThat(ledger.claim(1001)).isTrue();
    assertThat(row(1001)).isEqualTo("IN_PROGRESS/2/answerer threw IllegalStateException");
  }

  @Test
  void letsAnotherWorkerTakeOverAClaimWhoseLeaseRanOut() {
    ledger.claim(1001);
    clock.advance(Duration.ofSeconds(119));
    assertThat(ledger.claim(1001)).isFalse();

    clock.advance(Duration.ofSeconds(2));
    assertThat(ledger.claim(1001)).isTrue();
  }

  @Test
  void givesUpAnUpdateAfterTheMaximumNumberOfAttempts() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(ledger.claim(1001)).as("attempt %d", attempt).isTrue();
      ledger.fail(1001, "poison");
    }

    assertThat(ledger.claim(1001)).isFalse();
  }

  @Test
  void neverClaimsAGivenUpUpdateAgainAndKeepsItsReason() throws SQLException {
    assertThat(ledger.claim(1002)).isTrue();
    ledger.fail(1002, "Bot API UNAVAILABLE 500");
    ledger.giveUp(1002, "Bot API UNAVAILABLE 500");

    assertThat(ledger.claim(1002)).isFalse();
    assertThat(StoredRows.of(db, "processed_update")).singleElement().asString()
        .contains("GAVE_UP").contains("Bot API UNAVAILABLE 500");
  }

  @Test
  void shortensLongFailureReasons() throws SQLException {
    ledger.claim(1001);
    ledger.fail(1001, "x".repeat(1000));

    assertThat(row(1001)).hasSize("FAILED/1/".length() + 200);
  }

  @Test
  void recordsACompletionEvenWithoutAPriorClaim() {
    ledger.complete(1001);

    assertThat(ledger.claim(1001)).isFalse();
  }

  @Test
  void grantsAnUpdateToExactlyOneOfManyConcurrentClaimers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        claims.add(() -> ledger.claim(777));
      }
      int winners = 0;
      for (Future<Boolean> result : pool.invokeAll(claims)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void remembersCompletedUpdatesAcrossARestart(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("bot").toAbsolutePath();
    try (Database first = Database.open(url)) {
      JdbcUpdateLedger before = new JdbcUpdateLedger(first, clock);
      before.claim(5);
      before.complete(5);
    }
    try (Database second = Database.open(url)) {
      assertThat(new JdbcUpdateLedger(second, clock).claim(5)).isFalse();
    }
  }

  private String row(long updateId) throws SQLException {
    String sql = "SELECT status, attempts, last_error FROM processed_update WHERE update_id = ?";
    try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, updateId);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getString(1) + "/" + rows.getInt(2) + "/" + rows.getString(3);
      }
    }
  }
}
