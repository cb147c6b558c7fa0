package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces outgoing messages to stay inside {@link OutboundLimits}: one global bucket, one per chat and one per group,
 * each a generic cell rate algorithm (a token bucket kept as one "theoretical arrival time"). A caller reserves a
 * slot and sleeps for the returned delay; reservations are first come, first served. Thread-safe.
 */
final class OutboundLimiter {
  private static final int SWEEP_THRESHOLD = 4096;

  private final OutboundLimits limits;
  private final Ticker ticker;
  private final long origin;
  private final Cell global;
  private final Map<Long, Cell> chats = new HashMap<>();
  private final Map<Long, Cell> groups = new HashMap<>();

  OutboundLimiter(OutboundLimits limits, Ticker ticker) {
    this.limits = limits;
    this.ticker = ticker;
    this.origin = ticker.nanoTime();
    this.global = new Cell(intervalNanos(limits.perSecond(), 1), 1);
  }

  /** Reserves the next slot for a message to the chat and returns how long to wait before sending it. */
  synchronized Duration reserve(long chatId, boolean group) {
    if (!limits.enabled()) {
      return Duration.ZERO;
    }
    long now = ticker.nanoTime() - origin;
    Cell chat = chats.computeIfAbsent(chatId,
        id -> new Cell(intervalNanos(limits.perChatPerSecond(), 1), limits.chatBurst()));
    Cell groupCell = group
        ? groups.computeIfAbsent(chatId,
            id -> new Cell(intervalNanos(limits.perGroupPerMinute(), 60), limits.groupBurst()))
        : null;
    long at = Math.max(now, Math.max(global.earliest(), chat.earliest()));
    if (groupCell != null) {
      at = Math.max(at, groupCell.earliest());
      groupCell.take(at);
    }
    global.take(at);
    chat.take(at);
    sweep(now);
    return Duration.ofNanos(at - now);
  }

  private void sweep(long now) {
    if (chats.size() > SWEEP_THRESHOLD) {
      chats.values().removeIf(cell -> cell.idleAt(now));
    }
    if (groups.size() > SWEEP_THRESHOLD) {
      groups.values().removeIf(cell -> cell.idleAt(now));
    }
  }

  private static long intervalNanos(double messages, int perSeconds) {
    return Math.round(perSeconds * 1e9 / messages);
  }

  /** One bucket: sending is allowed once the theoretical arrival time minus the burst tolerance has passed. */
  private static final class Cell {
    private final long interval;
    private final long tolerance;
    private long theoreticalArrival;

    Cell(long interval, int burst) {
      this.interval = interval;
      this.tolerance = interval * (burst - 1L);
    }

    long earliest() {
      return theoreticalArrival - tolerance;
    }

    void take(long at) {
      theoreticalArrival = Math.max(theoreticalArrival, at) + interval;
    }

    /** A full bucket behaves exactly like a new one, so it can be forgotten. */
    boolean idleAt(long now) {
      return theoreticalArrival <= now;
    }
  }
}
