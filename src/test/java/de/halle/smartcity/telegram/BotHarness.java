package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.store.DeliveryHistory;
import de.halle.smartcity.store.QuestionLog;
import de.halle.smartcity.store.RetryQueue;
import de.halle.smartcity.store.UpdateInbox;
import de.halle.smartcity.store.UpdateLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Starts the real {@link TelegramBot} against a {@link FakeBotApi} with test settings (1 s long poll). */
final class BotHarness {
  static final long ADMIN = 777;
  /** Pause after the first quick try in tests (production: 500 ms); the assertions do not depend on it. */
  static final Duration QUICK_PAUSE = Duration.ofMillis(50);
  /** Quick tries 50 ms and 100 ms apart; deferred retries after 300 ms, 1.2 s, checked every 100 ms. */
  static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(QUICK_PAUSE, Duration.ofMillis(300), 2, Duration.ofMillis(100));

  private BotHarness() {}

  /** Test settings for the fake, to adjust before {@code build()}. */
  static TelegramSettings.Builder settings(FakeBotApi api) {
    return TelegramSettings.builder(FakeBotApi.TOKEN)
        .apiUrl(api.url())
        .pollTimeout(Duration.ofSeconds(1))
        .callTimeout(Duration.ofSeconds(2))
        .limits(OutboundLimits.disabled())
        .questionsPerMinute(10)
        .adminIds(Set.of(ADMIN));
  }

  static BotServices services(QuestionAnswerer answerer, UpdateLedger ledger, QuestionLog log) {
    return services(answerer, ledger, new InMemoryRetryQueue(), log);
  }

  static BotServices services(QuestionAnswerer answerer, UpdateLedger ledger, RetryQueue retries, QuestionLog log) {
    return services(answerer, ledger, retries, new InMemoryUpdateInbox(), log);
  }

  static BotServices services(QuestionAnswerer answerer, UpdateLedger ledger, RetryQueue retries, UpdateInbox inbox,
      QuestionLog log) {
    return new BotServices(answerer, ledger, retries, inbox, log, FixtureKnowledge::snapshot,
        new PersonalDataScrubber(),
        Map.of("statistik", arguments -> "Fragen heute: 3"), Clock.systemUTC());
  }

  /** The deterministic stand-in for the engine, which can also play a failing engine. */
  static QuestionAnswerer fixtureAnswerer() {
    return new FixtureAnswerer(FixtureKnowledge.snapshot());
  }

  static TelegramBot start(FakeBotApi api, QuestionAnswerer answerer, UpdateLedger ledger, QuestionLog log) {
    return TelegramBot.start(settings(api).build(), services(answerer, ledger, log));
  }

  /** The bot on the real H2 stores, deferred retries included, with fast test retries. */
  static TelegramBot start(FakeBotApi api, QuestionAnswerer answerer, H2Stores stores) {
    BotServices services = services(answerer, stores.ledger, stores.retries, stores.inbox, stores.log);
    Map<String, AdminCommand> admin = new HashMap<>(services.adminCommands());
    admin.put("zustellung", new DeliveryCommand(new DeliveryHistory(stores.database)::since, Clock.systemUTC(),
        ZoneOffset.UTC));
    return TelegramBot.start(settings(api).retries(FAST_RETRIES).build(), new BotServices(services.answerer(),
        services.ledger(), services.retries(), services.inbox(), services.questionLog(), services.knowledge(),
        services.scrubber(),
        admin, services.clock()));
  }
}
