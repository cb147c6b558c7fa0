package de.halle.smartcity.telegram;

import de.halle.smartcity.telegram.BotApiException.Kind;
import java.io.IOException;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
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
  private static final String NOT_DELIVERED = "; not delivered: Telegram never got the request";
  private static final String MAY_HAVE_ARRIVED = "; may have been delivered: the request may have reached Telegram";

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

  /**
   * Why a call got no usable answer, in an operator's words (as {@link PollWatch} says it for polls), and for a
   * timeout or network error whether Telegram may have acted on it ({@link #delivery}).
   */
  private static String unavailable(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return "no answer within the timeout" + MAY_HAVE_ARRIVED;
    }
    if (failure instanceof SendAnswerCheck.NotBotApiAnswer notBotApi) {
      return notBotApi.getMessage();
    }
    if (failure instanceof IOException network) {
      return PollWatch.networkError(network) + delivery(network);
    }
    return "no readable answer (" + PollWatch.describe(failure) + ")";
  }

  /**
   * Whether the request can have reached Telegram: not when no connection to it was made (refused, no route, server
   * name not found, connect timeout, TLS handshake failed), else maybe — the connection broke or the answer was
   * overdue after the request may have gone out, so Telegram may have delivered the message and a retry may repeat it.
   */
  private static String delivery(IOException failure) {
    boolean noConnection = failure instanceof ConnectException || failure instanceof NoRouteToHostException
        || failure instanceof UnknownHostException || failure instanceof SSLHandshakeException
        || failure instanceof SocketTimeoutException
            && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).startsWith("connect");
    return noConnection ? NOT_DELIVERED : MAY_HAVE_ARRIVED;
  }
}
