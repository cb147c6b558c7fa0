package de.halle.smartcity.telegram;

import java.time.Duration;

/**
 * Runs the bot in its own JVM against a fake Bot API (its URL is the only argument), with the real H2 stores, closing
 * it on SIGTERM the way the application does; for {@link TelegramShutdownIT}.
 */
final class ServeForTest {
  private ServeForTest() {}

  public static void main(String[] args) throws InterruptedException {
    TelegramSettings settings = TelegramSettings.builder(FakeBotApi.TOKEN).apiUrl(args[0])
        .pollTimeout(Duration.ofSeconds(50)).callTimeout(Duration.ofSeconds(2)).limits(OutboundLimits.disabled())
        .questionsPerMinute(10).build();
    H2Stores stores = H2Stores.inMemory();
    TelegramBot bot = TelegramBot.start(settings,
        BotHarness.services(BotHarness.fixtureAnswerer(), stores.ledger, stores.log));
    bot.registerShutdownHook();
    System.out.println("serving");
    bot.awaitClose();
  }
}
