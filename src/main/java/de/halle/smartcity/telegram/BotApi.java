package de.halle.smartcity.telegram;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/** One Bot API round trip that always ends within a timeout. Implementations are thread-safe. */
interface BotApi {

  /**
   * Executes the method and returns Telegram's result.
   *
   * @throws BotApiException classified failure, including a timeout
   * @throws InterruptedException when the calling thread is interrupted while waiting
   */
  <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException, InterruptedException;
}
