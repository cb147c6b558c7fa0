package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Watches the bot's {@code getUpdates} calls on the poll client and keeps why the last one failed, for
 * {@link LoggedBackOff} to log as one line: the status and Telegram's description of an error answer (which the library
 * drops), the network error, or what was wrong with an answer the library could not read ({@link #unreadable}). Passes every request and
 * answer through unchanged. Thread-safe.
 */
final class PollWatch implements Interceptor {
  private static final long MAX_ERROR_BODY = 16 * 1024;
  private static final int MAX_TEXT = 200;

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicReference<PollFailure> last = new AtomicReference<>();
  private final UnreadableAnswer reader = new UnreadableAnswer();

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
      return chain.proceed(chain.request());
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      last.set(new PollFailure(networkError(e), Optional.empty(), Optional.of(e)));
      throw e;
    }
    last.set(response.isSuccessful() ? null : errorAnswer(response));
    return response;
  }

  /**
   * Notes that a poll was answered but its {@code answer} could not be read as updates (or was Telegram's error), in
   * words ({@link UnreadableAnswer}).
   */
  void unreadable(String answer, Exception e) {
    Optional<Duration> retryAfter = e instanceof TelegramApiRequestException error
        ? Optional.ofNullable(error.getParameters()).map(ResponseParameters::getRetryAfter).map(Duration::ofSeconds)
        : Optional.empty();
    last.set(new PollFailure(reader.what(answer, e), retryAfter, Optional.of(e)));
  }

  /** Why the last poll failed, once: afterwards empty until another poll fails. */
  Optional<PollFailure> take() {
    return Optional.ofNullable(last.getAndSet(null));
  }

  private PollFailure errorAnswer(Response response) throws IOException {
    JsonNode body = errorBody(response);
    String description = oneLine(body.path("description").asText(""));
    String reason = oneLine(response.message());
    // Telegram's description starts with the reason already ("Conflict: terminated by other getUpdates request").
    String what = "HTTP " + response.code() + (!description.isEmpty() ? ": " + description
        : reason.isEmpty() ? "" : " " + reason);
    long retryAfter = body.path("parameters").path("retry_after").asLong(-1);
    return new PollFailure(what, retryAfter < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(retryAfter)),
        Optional.empty());
  }

  /** Telegram's JSON error, or an empty node for anything else (a proxy's HTML page). */
  private JsonNode errorBody(Response response) throws IOException {
    String body = response.peekBody(MAX_ERROR_BODY).string();
    try {
      return json.readTree(body);
    } catch (IOException notJson) {
      return json.createObjectNode();
    }
  }

  /** A network failure in words an operator checks first, then the exception behind it. */
  static String networkError(IOException e) {
    String words = e instanceof SocketTimeoutException ? "no answer in time"
        : e instanceof UnknownHostException ? "server name not found"
        : e instanceof ConnectException ? "cannot connect to the server"
        : e instanceof SSLException ? "TLS connection failed"
        : e instanceof EOFException || String.valueOf(e.getMessage()).startsWith("unexpected end of stream")
            ? "connection closed without an answer" : "";
    return "network error" + (words.isEmpty() ? "" : ": " + words) + " (" + describe(e) + ")";
  }

  /** The exception's simple class name and message, on one line. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + oneLine(message));
  }

  /** Text from outside made safe for one log line: no control characters, at most {@value #MAX_TEXT} chars. */
  static String oneLine(String text) {
    String flat = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    return flat.length() <= MAX_TEXT ? flat : flat.substring(0, MAX_TEXT) + "…";
  }
}
