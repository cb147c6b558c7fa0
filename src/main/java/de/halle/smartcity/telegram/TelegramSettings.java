package de.halle.smartcity.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the Telegram bot runs. Built by the application from environment values with {@link #builder(String)}, which
 * starts from the {@link #defaults(String) production defaults}.
 *
 * @param token the bot token from BotFather ({@code TELEGRAM_BOT_TOKEN}); never logged
 * @param apiUrl base URL of the Bot API server ({@code TELEGRAM_API_URL}), e.g. {@code https://api.telegram.org} or
 *     a self-hosted server or a local test fake; no path
 * @param adminIds Telegram user ids allowed to use staff commands ({@code BOT_ADMIN_IDS})
 * @param retentionDays how long stored questions are kept, as told to citizens in {@code /datenschutz}
 * @param pollTimeout long-poll timeout of {@code getUpdates} (1 to 50 s)
 * @param callTimeout upper bound for every other Bot API call
 * @param limits outbound message pacing
 * @param workers threads answering questions (chats run in parallel, each chat serially)
 * @param questionsPerMinute how many questions one chat may ask per minute
 * @param retries when messages whose answer could not be delivered are tried again
 * @param shutdownBudget how long closing the bot may take in all (at least 2 s); see {@link TelegramBot#close()}
 * @param typingGrace how long an answer may take before the chat shows "typing…" (0 to 60 s); quicker answers send
 *     no chat action, since the citizen would never see it
 */
public record TelegramSettings(
    String token,
    String apiUrl,
    Set<Long> adminIds,
    int retentionDays,
    Duration pollTimeout,
    Duration callTimeout,
    OutboundLimits limits,
    int workers,
    int questionsPerMinute,
    RetryPolicy retries,
    Duration shutdownBudget,
    Duration typingGrace) {

  /** The public Bot API. */
  public static final String DEFAULT_API_URL = "https://api.telegram.org";
  /** Default {@link #typingGrace()}: a reply within a second reads as immediate in a chat. */
  public static final Duration DEFAULT_TYPING_GRACE = Duration.ofSeconds(1);

  public TelegramSettings {
    Objects.requireNonNull(token, "token");
    if (!token.matches("\\d+:[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException(
          "TELEGRAM_BOT_TOKEN must look like 123456789:AAH… (digits, a colon, letters) as issued by BotFather");
    }
    telegramUrl(apiUrl);
    adminIds = Set.copyOf(adminIds);
    requireRange("retentionDays", retentionDays, 1, 36_500);
    requireRange("pollTimeout seconds", Objects.requireNonNull(pollTimeout, "pollTimeout").toSeconds(), 1, 50);
    requireRange("callTimeout milliseconds", Objects.requireNonNull(callTimeout, "callTimeout").toMillis(), 100,
        120_000);
    Objects.requireNonNull(limits, "limits");
    requireRange("workers", workers, 1, 256);
    requireRange("questionsPerMinute", questionsPerMinute, 1, 10_000);
    Objects.requireNonNull(retries, "retries");
    requireRange("shutdownBudget milliseconds", Objects.requireNonNull(shutdownBudget, "shutdownBudget").toMillis(),
        2_000, 60_000);
    requireRange("typingGrace milliseconds", Objects.requireNonNull(typingGrace, "typingGrace").toMillis(), 0,
        60_000);
  }

  /**
   * Production defaults: public Bot API, no admins, 90 days, 50 s long poll, 10 s per call, Telegram's limits,
   * {@link RetryPolicy#defaults()}, {@link TelegramBot#SHUTDOWN_BUDGET}, {@link #DEFAULT_TYPING_GRACE}.
   */
  public static TelegramSettings defaults(String token) {
    return builder(token).build();
  }

  /** A builder starting from the {@link #defaults(String) production defaults}. */
  public static Builder builder(String token) {
    return new Builder(token);
  }

  /** A builder starting from these settings, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects settings one by one; {@link #build()} validates them all in the record's constructor. */
  public static final class Builder {
    private final String token;
    private String apiUrl = DEFAULT_API_URL;
    private Set<Long> adminIds = Set.of();
    private int retentionDays = 90;
    private Duration pollTimeout = Duration.ofSeconds(50);
    private Duration callTimeout = Duration.ofSeconds(10);
    private OutboundLimits limits = OutboundLimits.telegramDefaults();
    private int workers = 16;
    private int questionsPerMinute = 10;
    private RetryPolicy retries = RetryPolicy.defaults();
    private Duration shutdownBudget = TelegramBot.SHUTDOWN_BUDGET;
    private Duration typingGrace = DEFAULT_TYPING_GRACE;

    private Builder(String token) {
      this.token = token;
    }

    private Builder(TelegramSettings from) {
      this(from.token);
      apiUrl = from.apiUrl;
      adminIds = from.adminIds;
      retentionDays = from.retentionDays;
      pollTimeout = from.pollTimeout;
      callTimeout = from.callTimeout;
      limits = from.limits;
      workers = from.workers;
      questionsPerMinute = from.questionsPerMinute;
      retries = from.retries;
      shutdownBudget = from.shutdownBudget;
      typingGrace = from.typingGrace;
    }

    public Builder apiUrl(String url) {
      apiUrl = url;
      return this;
    }

    public Builder adminIds(Set<Long> ids) {
      adminIds = ids;
      return this;
    }

    public Builder retentionDays(int days) {
      retentionDays = days;
      return this;
    }

    public Builder pollTimeout(Duration timeout) {
      pollTimeout = timeout;
      return this;
    }

    public Builder callTimeout(Duration timeout) {
      callTimeout = timeout;
      return this;
    }

    public Builder limits(OutboundLimits outbound) {
      limits = outbound;
      return this;
    }

    public Builder workers(int threads) {
      workers = threads;
      return this;
    }

    public Builder questionsPerMinute(int perChat) {
      questionsPerMinute = perChat;
      return this;
    }

    public Builder retries(RetryPolicy policy) {
      retries = policy;
      return this;
    }

    public Builder shutdownBudget(Duration budget) {
      shutdownBudget = budget;
      return this;
    }

    public Builder typingGrace(Duration grace) {
      typingGrace = grace;
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException naming the value that is out of range or malformed
     * @throws NullPointerException naming the setting that is missing
     */
    public TelegramSettings build() {
      return new TelegramSettings(token, apiUrl, adminIds, retentionDays, pollTimeout, callTimeout, limits, workers,
          questionsPerMinute, retries, shutdownBudget, typingGrace);
    }
  }

  /** The Bot API base URL as the library wants it. */
  public TelegramUrl telegramUrl() {
    return telegramUrl(apiUrl);
  }

  static TelegramUrl telegramUrl(String apiUrl) {
    Objects.requireNonNull(apiUrl, "apiUrl");
    URI uri;
    try {
      uri = new URI(apiUrl.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("TELEGRAM_API_URL is not a URL: '" + apiUrl + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "TELEGRAM_API_URL must be an http(s) URL such as https://api.telegram.org but was '" + apiUrl + "'");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null) {
      throw new IllegalArgumentException("TELEGRAM_API_URL must not have a path or query (the library appends "
          + "/bot<token>/<method> itself) but was '" + apiUrl + "'");
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, uri.getHost(), port, false);
  }

  private static void requireRange(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "] but was " + value);
    }
  }
}
