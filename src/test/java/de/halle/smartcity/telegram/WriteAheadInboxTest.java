package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.store.InboxMessage;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.Ignored;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WriteAheadInboxTest {
  private static final Sender CITIZEN = new Sender(31, "de");
  private static final ChatRef CHAT = new ChatRef(31, false);

  private final FakeTicker ticker = new FakeTicker();
  private final ExecutorService pool = Executors.newFixedThreadPool(2, new DaemonThreadFactory("test-worker"));

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** An in-memory inbox that refuses the first appends, like a database that is briefly unreachable. */
  private static final class RefusingInbox extends InMemoryUpdateInbox {
    private int refusals;

    RefusingInbox(int refusals) {
      this.refusals = refusals;
    }

    @Override
    public synchronized void append(List<InboxMessage> messages) {
      if (refusals-- > 0) {
        throw new IllegalStateException("database unreachable");
      }
      super.append(messages);
    }
  }

  @Test
  void keepsMessagesAndButtonPressesForTheBotButNotGroupChatter() throws Exception {
    InMemoryUpdateInbox store = new InMemoryUpdateInbox();
    WriteAheadInbox inbox = new WriteAheadInbox(store, ticker);

    inbox.keep(List.of(
        new TextMessage(1, CHAT, CITIZEN, 10, "Wann fährt die Bahn?", true),
        new MediaMessage(2, CHAT, CITIZEN, 11, true),
        new ButtonPress(3, CHAT, CITIZEN, "cb", "up:1"),
        new TextMessage(4, new ChatRef(-5, true), CITIZEN, 12, "Hallo alle", false),
        new Ignored(5, 31)));

    assertThat(store.unanswered()).hasSize(3).satisfiesExactly(
        first -> assertThat(first).contains("Wann fährt die Bahn?"),
        second -> assertThat(second).contains("\"kind\":\"media\""),
        third -> assertThat(third).contains("\"kind\":\"button\"").contains("up:1"));
  }

  @Test
  void whileTheDatabaseRefusesThePollerWaitsWithGrowingPausesAndKeepsTheBatch() throws Exception {
    RefusingInbox store = new RefusingInbox(3);
    new WriteAheadInbox(store, ticker).keep(List.of(new TextMessage(1, CHAT, CITIZEN, 10, "Frage?", true)));

    assertThat(store.unanswered()).hasSize(1);
    assertThat(ticker.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400),
        Duration.ofMillis(800));
  }

  @Test
  void settledMessagesAreNotResumed() throws Exception {
    InMemoryUpdateInbox store = new InMemoryUpdateInbox();
    WriteAheadInbox inbox = new WriteAheadInbox(store, ticker);
    TextMessage question = new TextMessage(1, CHAT, CITIZEN, 10, "Frage?", true);
    inbox.keep(List.of(question));

    inbox.settled(question);

    assertThat(store.unanswered()).isEmpty();
  }

  @Test
  void atStartTheLeftoversAreQueuedInUpdateOrderAndTheDeadRunsClaimsReleased() throws Exception {
    InMemoryUpdateInbox store = new InMemoryUpdateInbox();
    WriteAheadInbox inbox = new WriteAheadInbox(store, ticker);
    inbox.keep(List.of(new TextMessage(8, CHAT, CITIZEN, 10, "zweite", true),
        new TextMessage(7, CHAT, CITIZEN, 9, "erste", true)));
    InMemoryUpdateLedger ledger = new InMemoryUpdateLedger();
    ledger.claim(7);
    List<Long> handled = new ArrayList<>();

    ChatQueues queues = new ChatQueues(pool, 100);
    inbox.resume(ledger, Instant.now(), queues, incoming -> {
      synchronized (handled) {
        handled.add(incoming.updateId());
      }
    });
    queues.shutdown(Duration.ofSeconds(5), Duration.ofSeconds(1));

    assertThat(handled).containsExactly(7L, 8L);
    assertThat(ledger.claim(7)).as("the killed run's claim").isTrue();
  }
}
