package de.halle.smartcity.telegram;

import java.time.Duration;

/**
 * Runs the bot in its own JVM against a fake Bot API (its URL is the only argument), with the real H2 stores, closing
 * it on SIGTERM the way the application does; for {@link TelegramShutdownIT}.
 */
final class ServeForTest {
  private ServeForTest() {}

  public static void main(String[] args) throws InterruptedException {
    TelegramSettings settings = TelegramSettings.defaults(FakeBotApi.TOKEN).withApiUrl(args[0])
        .withTimeouts(Duration.ofSeconds(50), Duration.ofSeconds(2)).withLimits(OutboundLimits.disabled(), 10);
    H2Stores stores = H2Stores.inMemory();
    TelegramBot bot = TelegramBot.start(settings,
        BotHarness.services(BotHarness.fixtureAnswerer(), stores.ledger, stores.log));
    bot.registerShutdownHook();
    System.out.println("serving");
    bot.awaitClose();
  }
}
