package de.halle.smartcity.telegram;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/** A {@link BotApi} that records the methods it is given and fails them as scripted; results are null. */
final class ScriptedBotApi implements BotApi {
  private final List<BotApiMethod<?>> calls = new ArrayList<>();
  private final Deque<BotApiException> failures = new ArrayDeque<>();

  @Override
  public synchronized <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException {
    calls.add(method);
    BotApiException failure = failures.pollFirst();
    if (failure != null) {
      throw failure;
    }
    return null;
  }

  synchronized void failNext(int times, BotApiException failure) {
    for (int i = 0; i < times; i++) {
      failures.addLast(failure);
    }
  }

  synchronized List<BotApiMethod<?>> calls() {
    return List.copyOf(calls);
  }
}
