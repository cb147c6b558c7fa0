package de.halle.smartcity.store;

import static de.halle.smartcity.store.JdbcQuestionLogTest.PSEUDONYMIZER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcUpdateInboxTest {
  private static final long CHAT = 918_273_645L;
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final String PAYLOAD = "{\"chat\":918273645,\"text\":\"Wann fährt die Straßenbahn?\"}";

  private final MutableClock clock = new MutableClock(NOW);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcUpdateInbox inbox = new JdbcUpdateInbox(db, PSEUDONYMIZER, clock);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void keepsThePayloadEncryptedAndTheChatOnlyAsPseudonym() throws SQLException {
    inbox.append(List.of(new InboxMessage(7, CHAT, PAYLOAD)));

    assertThat(inbox.unanswered()).containsExactly(PAYLOAD);
    assertThat(StoredRows.of(db, "update_inbox")).singleElement().asString()
        .contains(PSEUDONYMIZER.pseudonym(CHAT)).doesNotContain(Long.toString(CHAT)).doesNotContain("Straßenbahn");
  }

  @Test
  void returnsWhatIsLeftOldestUpdateFirstAndForgetsRemovedOnes() {
    inbox.append(List.of(new InboxMessage(12, CHAT, "c"), new InboxMessage(10, CHAT, "a")));
    inbox.append(List.of(new InboxMessage(11, CHAT + 1, "b")));
    inbox.remove(12);
    inbox.remove(99);

    assertThat(inbox.unanswered()).containsExactly("a", "b");
  }

  @Test
  void aRedeliveredBatchKeepsEachMessageOnceWithItsFirstPayload() {
    inbox.append(List.of(new InboxMessage(1, CHAT, "first"), new InboxMessage(2, CHAT, "second")));
    inbox.append(List.of(new InboxMessage(2, CHAT, "again"), new InboxMessage(3, CHAT, "third")));

    assertThat(inbox.unanswered()).containsExactly("first", "second", "third");
  }

  @Test
  void anEmptyBatchWritesNothing() throws SQLException {
    inbox.append(List.of());

    assertThat(StoredRows.of(db, "update_inbox")).isEmpty();
  }

  @Test
  void dropsAMessageThatAnotherKeyCannotOpen() throws SQLException {
    inbox.append(List.of(new InboxMessage(9, CHAT, PAYLOAD)));
    HmacPseudonymizer otherKey = new HmacPseudonymizer("another-key-0123456789".getBytes(StandardCharsets.UTF_8));

    assertThat(new JdbcUpdateInbox(db, otherKey, clock).unanswered()).isEmpty();
    assertThat(StoredRows.of(db, "update_inbox")).isEmpty();
  }

  @Test
  void isDeletedByForgetAndByRetention() throws SQLException {
    inbox.append(List.of(new InboxMessage(1, CHAT, PAYLOAD), new InboxMessage(2, CHAT + 1, "other")));
    new JdbcQuestionLog(db, PSEUDONYMIZER, new PersonalDataScrubber()).forget(CHAT);
    assertThat(inbox.unanswered()).containsExactly("other");

    clock.advance(Duration.ofDays(90).minusMinutes(1));
    new RetentionJob(db, clock, 90).purge();
    assertThat(inbox.unanswered()).containsExactly("other");
    clock.advance(Duration.ofMinutes(2));
    new RetentionJob(db, clock, 90).purge();
    assertThat(StoredRows.of(db, "update_inbox")).isEmpty();
  }

  @Test
  void refusesAPayloadTooLargeForTheColumnAndKeepsNothingOfTheBatch() throws SQLException {
    List<InboxMessage> batch = List.of(new InboxMessage(1, CHAT, "ok"), new InboxMessage(2, CHAT, "x".repeat(7000)));

    assertThatThrownBy(() -> inbox.append(batch))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 8000");
    assertThat(StoredRows.of(db, "update_inbox")).isEmpty();
  }

  @Test
  void aKeptBatchIsInTheDatabaseFileAtOnceAsAKilledProcessWouldLeaveIt(@TempDir Path dir) throws Exception {
    try (Database file = Database.open("jdbc:h2:file:" + dir.resolve("bot").toAbsolutePath())) {
      JdbcUpdateInbox onFile = new JdbcUpdateInbox(file, PSEUDONYMIZER, clock);
      onFile.append(List.of(new InboxMessage(5, CHAT, PAYLOAD)));
      Files.copy(dir.resolve("bot.mv.db"), dir.resolve("copy.mv.db"));
    }
    try (Database copy = Database.open("jdbc:h2:file:" + dir.resolve("copy").toAbsolutePath())) {
      assertThat(new JdbcUpdateInbox(copy, PSEUDONYMIZER, clock).unanswered()).containsExactly(PAYLOAD);
    }
  }
}
