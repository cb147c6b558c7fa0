package de.halle.smartcity.telegram;

import de.halle.smartcity.store.UpdateLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An {@link UpdateLedger} in a map, with the same claim rules as the database one; records failures. */
final class InMemoryUpdateLedger implements UpdateLedger {
  enum State { CLAIMED, COMPLETED, FAILED, GAVE_UP }

  private final Map<Long, State> states = new HashMap<>();
  private final List<String> failures = new ArrayList<>();

  @Override
  public synchronized boolean claim(long updateId) {
    State state = states.get(updateId);
    if (state == State.CLAIMED || state == State.COMPLETED || state == State.GAVE_UP) {
      return false;
    }
    states.put(updateId, State.CLAIMED);
    return true;
  }

  @Override
  public synchronized void complete(long updateId) {
    requireClaimed(updateId);
    states.put(updateId, State.COMPLETED);
    notifyAll();
  }

  @Override
  public synchronized void fail(long updateId, String reason) {
    requireClaimed(updateId);
    states.put(updateId, State.FAILED);
    failures.add(updateId + ": " + reason);
    notifyAll();
  }

  @Override
  public synchronized void giveUp(long updateId, String reason) {
    states.put(updateId, State.GAVE_UP);
    failures.add(updateId + ": gave up: " + reason);
    notifyAll();
  }

  @Override
  public synchronized int releaseClaimsBefore(Instant start) {
    int released = 0;
    for (Map.Entry<Long, State> entry : states.entrySet()) {
      if (entry.getValue() == State.CLAIMED) {
        entry.setValue(State.FAILED);
        released++;
      }
    }
    return released;
  }

  /** Waits up to the timeout for the update to reach the state; returns the state it has then. */
  synchronized State awaitState(long updateId, State state, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (states.get(updateId) != state && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    return states.get(updateId);
  }

  synchronized State state(long updateId) {
    return states.get(updateId);
  }

  synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  private void requireClaimed(long updateId) {
    if (states.get(updateId) != State.CLAIMED) {
      throw new IllegalStateException("update " + updateId + " is not claimed but " + states.get(updateId));
    }
  }
}
