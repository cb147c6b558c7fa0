package de.halle.smartcity.telegram;

/** Sends the bot's replies to Telegram. Implementations are thread-safe. */
interface ReplySender {

  /**
   * Sends one reply, waiting for the outbound limits and retrying after Telegram's {@code retry_after} when it answers
   * 429.
   *
   * @throws BotApiException when Telegram refused the reply or could not be reached
   * @throws InterruptedException when the bot is shutting down
   */
  void send(Outgoing reply) throws BotApiException, InterruptedException;

  /** Shows "typing…" in the chat for a few seconds; best effort, never throws. */
  void typing(ChatRef chat);
}
