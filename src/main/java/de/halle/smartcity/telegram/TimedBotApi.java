package de.halle.smartcity.telegram;

import de.halle.smartcity.telegram.BotApiException.Kind;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link BotApi} over the library's {@link TelegramClient}: {@code executeAsync} bounded by {@code orTimeout}, because
 * the library's {@code execute} can wait forever, and errors translated into {@link BotApiException} kinds.
 */
final class TimedBotApi implements BotApi {
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final TelegramClient client;
  private final Duration timeout;

  TimedBotApi(TelegramClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  @Override
  public <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException, InterruptedException {
    CompletableFuture<T> future;
    try {
      future = client.executeAsync(method);
    } catch (TelegramApiException e) {
      throw translate(method, e);
    }
    try {
      return future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).get();
    } catch (ExecutionException e) {
      throw translate(method, e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  static BotApiException translate(BotApiMethod<?> method, Throwable failure) {
    String name = method.getMethod();
    if (failure instanceof TelegramApiRequestException request && request.getErrorCode() != null
        && request.getErrorCode() != 0) {
      int code = request.getErrorCode();
      if (code == 429) {
        Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
        Duration wait = seconds == null || seconds < 1 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
        return new BotApiException(Kind.RATE_LIMITED, code, wait, name + ": 429, retry after " + wait, failure);
      }
      Kind kind = code >= 400 && code < 500 ? Kind.REJECTED : Kind.UNAVAILABLE;
      Long migrateTo = request.getParameters() == null ? null : request.getParameters().getMigrateToChatId();
      return new BotApiException(kind, code, Duration.ZERO, migrateTo,
          name + ": " + UnreadableAnswer.telegramError(request), failure);
    }
    if (failure instanceof TelegramApiValidationException) {
      return new BotApiException(Kind.REJECTED, 0, Duration.ZERO, name + ": invalid request", failure);
    }
    return new BotApiException(Kind.UNAVAILABLE, 0, Duration.ZERO, name + ": " + unavailable(failure), failure);
  }

  /** Why a call got no usable answer, in an operator's words (as {@link PollWatch} says it for polls). */
  private static String unavailable(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return "no answer within the timeout";
    }
    if (failure instanceof SendAnswerCheck.NotBotApiAnswer notBotApi) {
      return notBotApi.getMessage();
    }
    if (failure instanceof IOException network) {
      return PollWatch.networkError(network);
    }
    return "no readable answer (" + PollWatch.describe(failure) + ")";
  }
}
