package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one {@code getUpdates} failed, in words for the operator's log line ({@code "HTTP 502 Bad Gateway"},
 * {@code "network error: no answer in time (SocketTimeoutException: timeout)"}), how long Telegram asked the bot to
 * wait (429's {@code retry_after}), and the exception behind it, if any, for a stack trace at debug level.
 */
record PollFailure(String what, Optional<Duration> retryAfter, Optional<Throwable> cause) {
  /** The failure when nothing more is known (the library failed without the bot seeing why). */
  static final PollFailure UNKNOWN =
      new PollFailure("no readable answer", Optional.empty(), Optional.empty());

  PollFailure {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(cause, "cause");
    if (what.isBlank() || what.contains("\n")) {
      throw new IllegalArgumentException("a poll failure is one non-blank line, got: '" + what + "'");
    }
    if (retryAfter.filter(Duration::isNegative).isPresent()) {
      throw new IllegalArgumentException("retry after must not be negative, got: " + retryAfter.get());
    }
  }
}
