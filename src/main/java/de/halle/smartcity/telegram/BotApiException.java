package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A Bot API call that did not succeed, classified by what the caller should do about it. */
final class BotApiException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as far as retrying is concerned. */
  enum Kind {
    /** 429: wait {@link #retryAfter()} and try again. */
    RATE_LIMITED,
    /** 400, 403, 404 and invalid requests: retrying cannot help (bad markup, bot blocked by the user). */
    REJECTED,
    /** 5xx, network errors and timeouts: may work later. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final int errorCode;
  private final Duration retryAfter;
  private final Long migrateToChatId;

  BotApiException(Kind kind, int errorCode, Duration retryAfter, String message, Throwable cause) {
    this(kind, errorCode, retryAfter, null, message, cause);
  }

  BotApiException(Kind kind, int errorCode, Duration retryAfter, Long migrateToChatId, String message,
      Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.errorCode = errorCode;
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    this.migrateToChatId = migrateToChatId;
  }

  /** The supergroup a group became, when Telegram refused the call for that reason. */
  Optional<Long> migrateToChatId() {
    return Optional.ofNullable(migrateToChatId);
  }

  Kind kind() {
    return kind;
  }

  /** Telegram's error code, or 0 when there was no answer. */
  int errorCode() {
    return errorCode;
  }

  /** How long Telegram asked to wait; zero unless {@link Kind#RATE_LIMITED}. */
  Duration retryAfter() {
    return retryAfter;
  }
}
