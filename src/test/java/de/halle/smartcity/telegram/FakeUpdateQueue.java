package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The updates waiting for the bot at the {@link FakeBotApi}, handed out like Telegram's {@code getUpdates}: held until
 * an update arrives or the poll's timeout passes, ids increasing strictly, confirmed updates (below the offset)
 * dropped, only the {@code allowed_updates} kinds delivered. Thread-safe.
 */
final class FakeUpdateQueue {
  /**
   * Update ids increase across every fake server of the test JVM, as Telegram's never restart: a test reading the log
   * lines of its update ("update 7 failed …") cannot mistake a line of another test's bot for its own.
   */
  private static final AtomicLong UPDATE_IDS = new AtomicLong(1);

  private final ObjectMapper json = new ObjectMapper();
  private final List<ObjectNode> pending = new ArrayList<>();
  private final AtomicLong polls = new AtomicLong();
  private final AtomicInteger messageIds;
  private boolean dropConfirmed = true;
  private long confirmedOffset;
  private boolean closed;

  /** {@code messageIds}: the ids Telegram gives messages, shared with the messages the bot sends. */
  FakeUpdateQueue(AtomicInteger messageIds) {
    this.messageIds = messageIds;
  }

  /** Queues an update (without {@code update_id}) for the next {@code getUpdates}; returns its id. */
  synchronized long push(ObjectNode update) {
    long id = UPDATE_IDS.getAndIncrement();
    ObjectNode withId = json.createObjectNode().put("update_id", id);
    withId.setAll(update.deepCopy());
    if (withId.path("message").isObject() && !withId.path("message").has("message_id")) {
      ((ObjectNode) withId.get("message")).put("message_id", messageIds.getAndIncrement());
    }
    pending.add(withId);
    notifyAll();
    return id;
  }

  /** Keeps updates after they were confirmed, as if the bot crashed before Telegram saw the next offset. */
  synchronized void keepConfirmedUpdates() {
    dropConfirmed = false;
  }

  /**
   * Waits until a {@code getUpdates} asked for an offset past the update, which is how Telegram learns it was
   * delivered; true when that happened in time.
   */
  synchronized boolean awaitConfirmed(long updateId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (confirmedOffset <= updateId && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    return confirmedOffset > updateId;
  }

  /** How many {@code getUpdates} calls were answered or are held. */
  long polls() {
    return polls.get();
  }

  /** The result of a {@code getUpdates} request: held until an update is ready, its timeout passes or closing. */
  synchronized ArrayNode poll(JsonNode request) throws InterruptedException {
    polls.incrementAndGet();
    long offset = request.path("offset").asLong(0);
    confirmedOffset = Math.max(confirmedOffset, offset);
    notifyAll();
    int limit = request.path("limit").asInt(100);
    long deadline = System.nanoTime() + Duration.ofSeconds(request.path("timeout").asLong(0)).toNanos();
    if (dropConfirmed) {
      pending.removeIf(u -> u.get("update_id").asLong() < offset);
    }
    while (!closed) {
      List<ObjectNode> ready = pending.stream().filter(u -> u.get("update_id").asLong() >= offset)
          .filter(u -> allowed(u, request.path("allowed_updates"))).limit(limit).toList();
      long remaining = deadline - System.nanoTime();
      if (!ready.isEmpty() || remaining <= 0) {
        ArrayNode result = json.createArrayNode();
        ready.forEach(result::add);
        return result;
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
    return json.createArrayNode();
  }

  /** Ends held polls with an empty batch. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  /** Like Telegram: with a non-empty {@code allowed_updates}, other kinds of update are never delivered. */
  private static boolean allowed(ObjectNode update, JsonNode allowedUpdates) {
    if (!allowedUpdates.isArray() || allowedUpdates.isEmpty()) {
      return true;
    }
    for (JsonNode kind : allowedUpdates) {
      if (update.has(kind.asText())) {
        return true;
      }
    }
    return false;
  }
}
