package de.halle.smartcity.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The application's configuration, read once from the environment by {@code Main} (see {@link #fromEnvironment}).
 *
 * @param telegramBotToken the bot token from @BotFather; empty when the bot runs as a console chat
 * @param telegramApiUrl base URL of the Bot API server (the public one, a self-hosted one or a test fake)
 * @param knowledgeDir folder of the knowledge files staff edit
 * @param dataDir folder for the database, caches, the pseudonym key and the heartbeat file
 * @param databaseUrl JDBC URL of the database
 * @param databaseUser database user, empty when the URL needs none (H2) or carries it
 * @param databasePassword database password, empty when the URL needs none (H2) or carries it
 * @param adminIds Telegram user or chat ids of the press-office admins
 * @param pseudonymKey HMAC key for pseudonymizing ids; empty when the key is generated and kept in the data folder
 * @param retentionDays days after which stored questions and feedback are deleted
 * @param typingGrace how long an answer may take before the Telegram chat shows "typing…" (0 to 60 s)
 */
public record Settings(
    Optional<String> telegramBotToken,
    URI telegramApiUrl,
    Path knowledgeDir,
    Path dataDir,
    String databaseUrl,
    Optional<String> databaseUser,
    Optional<String> databasePassword,
    Set<Long> adminIds,
    Optional<String> pseudonymKey,
    int retentionDays,
    Duration typingGrace) {

  public Settings {
    Objects.requireNonNull(telegramBotToken, "telegramBotToken");
    Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
    Objects.requireNonNull(knowledgeDir, "knowledgeDir");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(databaseUser, "databaseUser");
    Objects.requireNonNull(databasePassword, "databasePassword");
    adminIds = Set.copyOf(adminIds);
    Objects.requireNonNull(pseudonymKey, "pseudonymKey");
    if (retentionDays < 1) {
      throw new IllegalArgumentException("retentionDays must be >= 1 but was " + retentionDays);
    }
    Objects.requireNonNull(typingGrace, "typingGrace");
    if (typingGrace.isNegative()) {
      throw new IllegalArgumentException("typingGrace must not be negative but was " + typingGrace);
    }
  }

  /**
   * Reads and validates the settings from environment variables; unset or blank variables take their defaults.
   *
   * @throws SettingsException listing every variable that is wrong and how to fix it
   */
  public static Settings fromEnvironment(Map<String, String> environment) {
    return new EnvironmentReader(environment).read();
  }

  /** The file a serving bot touches regularly so that {@code health} can tell it is alive. */
  public Path heartbeatFile() {
    return dataDir.resolve("heartbeat");
  }

  /** The folder for caches that can be rebuilt, such as embeddings. */
  public Path cacheDir() {
    return dataDir.resolve("cache");
  }

  /** Lists the settings for a log line, with secrets masked. */
  @Override
  public String toString() {
    return String.join(
        ", ",
        List.of(
            "TELEGRAM_BOT_TOKEN=" + masked(telegramBotToken),
            "TELEGRAM_API_URL=" + telegramApiUrl,
            "KNOWLEDGE_DIR=" + knowledgeDir,
            "DATA_DIR=" + dataDir,
            "DATABASE_URL=" + maskedUrl(databaseUrl),
            "DATABASE_USER=" + databaseUser.orElse("(not set)"),
            "DATABASE_PASSWORD=" + masked(databasePassword),
            "BOT_ADMIN_IDS=" + adminIds.size() + " id(s)",
            "BOT_PSEUDONYM_KEY=" + masked(pseudonymKey),
            "BOT_RETENTION_DAYS=" + retentionDays,
            "TELEGRAM_TYPING_GRACE_MS=" + typingGrace.toMillis()));
  }

  private static String maskedUrl(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String masked(Optional<String> secret) {
    return secret.isPresent() ? "(set)" : "(not set)";
  }
}
