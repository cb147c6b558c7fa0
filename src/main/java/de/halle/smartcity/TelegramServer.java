package de.halle.smartcity;

import de.halle.smartcity.cli.Heartbeat;
import de.halle.smartcity.config.Settings;
import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.report.StaffReports;
import de.halle.smartcity.store.Database;
import de.halle.smartcity.store.DeliveryHistory;
import de.halle.smartcity.store.JdbcQuestionLog;
import de.halle.smartcity.store.JdbcRetryQueue;
import de.halle.smartcity.store.JdbcUpdateInbox;
import de.halle.smartcity.store.JdbcUpdateLedger;
import de.halle.smartcity.store.RetentionJob;
import de.halle.smartcity.telegram.AdminCommand;
import de.halle.smartcity.telegram.BotServices;
import de.halle.smartcity.telegram.DeliveryCommand;
import de.halle.smartcity.telegram.TelegramBot;
import de.halle.smartcity.telegram.TelegramSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the Telegram bot with everything it uses: the database (ledger, question log, retention), the live knowledge
 * with hot reload, the staff commands, and the heartbeat that {@code health} checks. Blocks until SIGTERM.
 */
final class TelegramServer {

  private static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(15);

  private final Settings settings;
  private final Clock clock;
  private final ZoneId zone;

  TelegramServer(Settings settings, Clock clock, ZoneId zone) {
    this.settings = settings;
    this.clock = clock;
    this.zone = zone;
  }

  void serve() throws Exception {
    Database database =
        Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
    try (database;
        RetentionJob retention = new RetentionJob(database, clock, settings.retentionDays());
        LiveKnowledge knowledge =
            LiveKnowledge.start(
                settings.knowledgeDir(), settings.cacheDir(), settings.knowledgeDir().resolve("synonyms.txt"))) {
      retention.start();
      TelegramBot bot = TelegramBot.start(telegramSettings(), services(database, knowledge));
      bot.registerShutdownHook();
      knowledge.reportTo(bot::notifyAdmins);
      try (Heartbeat heartbeat = new Heartbeat(settings.heartbeatFile(), () -> status(bot, knowledge), clock)) {
        heartbeat.start(HEARTBEAT_INTERVAL);
        bot.awaitClose();
      }
    }
  }

  /** The bot's settings, taken from the application's. */
  TelegramSettings telegramSettings() {
    return TelegramSettings.builder(settings.telegramBotToken().orElseThrow())
        .apiUrl(settings.telegramApiUrl().toString())
        .adminIds(settings.adminIds())
        .retentionDays(settings.retentionDays())
        .typingGrace(settings.typingGrace())
        .build();
  }

  private BotServices services(Database database, LiveKnowledge knowledge) {
    PersonalDataScrubber scrubber = new PersonalDataScrubber();
    HmacPseudonymizer pseudonyms =
        HmacPseudonymizer.fromConfiguredKeyOrFile(settings.pseudonymKey().orElse(null), settings.dataDir());
    StaffReports reports = StaffReports.over(database, clock, zone);
    Map<String, AdminCommand> adminCommands =
        Map.of(
            "luecken", reports::knowledgeGaps,
            "statistik", reports::statistics,
            "neu_laden", arguments -> knowledge.reloadNow(),
            "selbsttest", arguments -> knowledge.selfTestReport(),
            "zustellung", new DeliveryCommand(new DeliveryHistory(database)::since, clock, zone));
    return new BotServices(
        knowledge.engine(),
        new JdbcUpdateLedger(database, clock),
        new JdbcRetryQueue(database, pseudonyms, clock),
        new JdbcUpdateInbox(database, pseudonyms, clock),
        new JdbcQuestionLog(database, pseudonyms, scrubber),
        knowledge::snapshot,
        scrubber,
        adminCommands,
        clock);
  }

  /** Healthy while the poll loop started a long poll recently; empty (the heartbeat goes stale) otherwise. */
  private Optional<String> status(TelegramBot bot, LiveKnowledge knowledge) {
    Instant lastPoll = bot.lastPollAt();
    Duration allowed = Duration.ofMinutes(2);
    if (lastPoll != null && Duration.between(lastPoll, clock.instant()).compareTo(allowed) > 0) {
      return Optional.empty();
    }
    return Optional.of("serving @" + bot.username() + ", " + knowledge.snapshot().documents().size() + " releases");
  }
}
