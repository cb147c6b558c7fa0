package de.halle.smartcity.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a map of environment variables into {@link Settings}, collecting every problem before it fails. */
final class EnvironmentReader {

  static final String DEFAULT_API_URL = "https://api.telegram.org";
  static final int DEFAULT_RETENTION_DAYS = 90;
  static final int MIN_KEY_LENGTH = 32;
  static final int DEFAULT_TYPING_GRACE_MS = 1000;
  static final int MAX_TYPING_GRACE_MS = 60_000;
  private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

  private final Map<String, String> environment;
  private final List<String> problems = new ArrayList<>();

  EnvironmentReader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  Settings read() {
    Optional<String> token = token();
    URI apiUrl = apiUrl();
    Path knowledgeDir = path("KNOWLEDGE_DIR", "./knowledge");
    Path dataDir = path("DATA_DIR", "./data");
    String databaseUrl = databaseUrl(dataDir);
    Set<Long> adminIds = adminIds();
    Optional<String> key = pseudonymKey();
    int retentionDays = retentionDays();
    Duration typingGrace = typingGrace();
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    return new Settings(
        token,
        apiUrl,
        knowledgeDir,
        dataDir,
        databaseUrl,
        value("DATABASE_USER"),
        value("DATABASE_PASSWORD"),
        adminIds,
        key,
        retentionDays,
        typingGrace);
  }

  private Optional<String> value(String name) {
    String raw = environment.get(name);
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
  }

  private Optional<String> token() {
    Optional<String> token = value("TELEGRAM_BOT_TOKEN");
    if (token.isPresent() && !TOKEN.matcher(token.get()).matches()) {
      problems.add(
          "TELEGRAM_BOT_TOKEN does not look like a bot token: expected <digits>:<secret> as @BotFather gives it "
              + "(value not shown); unset it to start the console chat instead");
    }
    return token;
  }

  private URI apiUrl() {
    String raw = value("TELEGRAM_API_URL").orElse(DEFAULT_API_URL);
    try {
      URI uri = new URI(raw);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below with the same message as a missing scheme or host
    }
    problems.add(
        "TELEGRAM_API_URL must be an http(s) URL such as " + DEFAULT_API_URL + ", got '" + raw + "'");
    return URI.create(DEFAULT_API_URL);
  }

  private Path path(String name, String fallback) {
    String raw = value(name).orElse(fallback);
    try {
      return Path.of(raw);
    } catch (InvalidPathException e) {
      problems.add(name + " must be a folder path, got '" + raw + "': " + e.getReason());
      return Path.of(fallback);
    }
  }

  private String databaseUrl(Path dataDir) {
    String fallback = "jdbc:h2:file:" + dataDir.resolve("halle-bot").toString().replace('\\', '/');
    String url = value("DATABASE_URL").orElse(fallback);
    if (!url.startsWith("jdbc:")) {
      problems.add(
          "DATABASE_URL must be a JDBC URL such as jdbc:h2:file:./data/halle-bot or "
              + "jdbc:postgresql://host/db, got '" + url + "'");
    }
    return url;
  }

  private Set<Long> adminIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : value("BOT_ADMIN_IDS").orElse("").split(",", -1)) {
      String id = part.strip();
      if (id.isEmpty()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(id));
      } catch (NumberFormatException e) {
        problems.add(
            "BOT_ADMIN_IDS must be Telegram ids separated by commas, e.g. 12345678,87654321; '"
                + id + "' is not a number");
      }
    }
    return ids;
  }

  private Optional<String> pseudonymKey() {
    Optional<String> key = value("BOT_PSEUDONYM_KEY");
    if (key.isPresent() && key.get().length() < MIN_KEY_LENGTH) {
      problems.add(
          "BOT_PSEUDONYM_KEY is too short (" + key.get().length() + " characters): use at least "
              + MIN_KEY_LENGTH + ", e.g. the output of 'openssl rand -hex 32', or unset it to have one generated");
    }
    return key;
  }

  private int retentionDays() {
    String raw = value("BOT_RETENTION_DAYS").orElse(String.valueOf(DEFAULT_RETENTION_DAYS));
    try {
      int days = Integer.parseInt(raw);
      if (days >= 1 && days <= 3650) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("BOT_RETENTION_DAYS must be a whole number of days from 1 to 3650, got '" + raw + "'");
    return DEFAULT_RETENTION_DAYS;
  }

  private Duration typingGrace() {
    String raw = value("TELEGRAM_TYPING_GRACE_MS").orElse(String.valueOf(DEFAULT_TYPING_GRACE_MS));
    try {
      int millis = Integer.parseInt(raw);
      if (millis >= 0 && millis <= MAX_TYPING_GRACE_MS) {
        return Duration.ofMillis(millis);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("TELEGRAM_TYPING_GRACE_MS must be a whole number of milliseconds from 0 to " + MAX_TYPING_GRACE_MS
        + " (how long an answer may take before the chat shows \"typing…\"), got '" + raw + "'");
    return Duration.ofMillis(DEFAULT_TYPING_GRACE_MS);
  }
}
