package de.halle.smartcity.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link ReplySender} that records what it sends and can be told to fail chosen send calls. */
final class RecordingReplySender implements ReplySender {
  private final List<Outgoing> sent = new ArrayList<>();
  private final List<ChatRef> typing = new ArrayList<>();
  private final Map<Integer, BotApiException> failOnCall = new HashMap<>();
  private int calls;

  @Override
  public synchronized void send(Outgoing reply) throws BotApiException {
    BotApiException failure = failOnCall.remove(calls++);
    if (failure != null) {
      throw failure;
    }
    sent.add(reply);
  }

  @Override
  public synchronized void typing(ChatRef chat) {
    typing.add(chat);
  }

  /** Fails the next send call once. */
  synchronized void failNext(BotApiException failure) {
    failOnCall.put(calls, failure);
  }

  /** Fails the send call with this 0-based number (counted over the sender's life) once. */
  synchronized void failOnCall(int callNumber, BotApiException failure) {
    failOnCall.put(callNumber, failure);
  }

  synchronized List<Outgoing> sent() {
    return List.copyOf(sent);
  }

  synchronized List<ChatRef> typing() {
    return List.copyOf(typing);
  }
}
