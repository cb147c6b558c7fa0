package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.store.QuestionLog;
import de.halle.smartcity.store.UpdateLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Starts the real {@link TelegramBot} against a {@link FakeBotApi} with test settings (1 s long poll). */
final class BotHarness {
  static final long ADMIN = 777;

  private BotHarness() {}

  static TelegramSettings settings(FakeBotApi api) {
    return TelegramSettings.defaults(FakeBotApi.TOKEN)
        .withApiUrl(api.url())
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
        .withLimits(OutboundLimits.disabled(), 10)
        .withAdminIds(Set.of(ADMIN));
  }

  static BotServices services(QuestionAnswerer answerer, UpdateLedger ledger, QuestionLog log) {
    return new BotServices(answerer, ledger, log, FixtureKnowledge::snapshot, new PersonalDataScrubber(),
        Map.of("statistik", arguments -> "Fragen heute: 3"), Clock.systemUTC());
  }

  /** The deterministic stand-in for the engine, which can also play a failing engine. */
  static QuestionAnswerer fixtureAnswerer() {
    return new FixtureAnswerer(FixtureKnowledge.snapshot());
  }

  static TelegramBot start(FakeBotApi api, QuestionAnswerer answerer, UpdateLedger ledger, QuestionLog log) {
    return TelegramBot.start(settings(api), services(answerer, ledger, log));
  }
}
