package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class PollWatchTest {
  private static final String POLL = "http://127.0.0.1:1/bot1:x/getupdates";

  private final PollWatch watch = new PollWatch();

  @Test
  void anErrorAnswerFromTelegramIsKeptWithStatusDescriptionAndRetryAfter() throws Exception {
    call(POLL, answer(429, "Too Many Requests", "{\"ok\":false,\"error_code\":429,"
        + "\"description\":\"Too Many Requests: retry after 5\",\"parameters\":{\"retry_after\":5}}"));

    PollFailure failure = watch.take().orElseThrow();

    assertThat(failure.what()).isEqualTo("HTTP 429: Too Many Requests: retry after 5");
    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(5));
    assertThat(watch.take()).as("taken once").isEmpty();
  }

  @Test
  void aProxysHtmlErrorPageIsKeptAsItsStatusAlone() throws Exception {
    call(POLL, answer(502, "Bad Gateway", "<html><body><h1>502 Bad Gateway</h1>\n</body></html>"));

    assertThat(watch.take()).hasValueSatisfying(failure -> {
      assertThat(failure.what()).isEqualTo("HTTP 502 Bad Gateway");
      assertThat(failure.retryAfter()).isEmpty();
    });
  }

  @Test
  void aNetworkErrorIsKeptWithItsExceptionAndStillReachesTheLibrary() {
    assertThatThrownBy(() -> call(POLL, chain -> {
      throw new SocketTimeoutException("timeout");
    })).isInstanceOf(SocketTimeoutException.class);

    assertThat(watch.take()).hasValueSatisfying(failure -> {
      assertThat(failure.what()).isEqualTo("network error: no answer in time (SocketTimeoutException: timeout)");
      assertThat(failure.cause()).containsInstanceOf(SocketTimeoutException.class);
    });
  }

  @Test
  void aConnectionTheServerDropsWithoutAnAnswerIsSaidInWords() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread dropper = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket client = server.accept()) {
            client.getInputStream().read();
          } catch (IOException closed) {
            return;
          }
        }
      });
      dropper.setDaemon(true);
      dropper.start();
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(watch).build();
      Request poll = new Request.Builder().url("http://127.0.0.1:" + server.getLocalPort() + "/bot1:x/getupdates")
          .build();

      assertThatThrownBy(() -> client.newCall(poll).execute()).isInstanceOf(IOException.class);
    }

    assertThat(watch.take().orElseThrow().what())
        .startsWith("network error: connection closed without an answer (IOException: unexpected end of stream on ");
  }

  @ParameterizedTest
  @MethodSource("networkErrors")
  void aNetworkErrorIsNamedInWordsBeforeItsException(IOException error, String expected) {
    assertThat(PollWatch.networkError(error)).isEqualTo(expected);
  }

  static Stream<Arguments> networkErrors() {
    return Stream.of(
        Arguments.of(new UnknownHostException("api.telegram.org"),
            "network error: server name not found (UnknownHostException: api.telegram.org)"),
        Arguments.of(new ConnectException("Failed to connect to /127.0.0.1:1"),
            "network error: cannot connect to the server (ConnectException: Failed to connect to /127.0.0.1:1)"),
        Arguments.of(new SSLHandshakeException("PKIX path building failed"),
            "network error: TLS connection failed (SSLHandshakeException: PKIX path building failed)"),
        Arguments.of(new IOException("Canceled"), "network error (IOException: Canceled)"));
  }

  @Test
  void aGoodPollForgetsAnEarlierFailureAndOtherMethodsAreNotWatched() throws Exception {
    call(POLL, answer(500, "Internal Server Error", "{}"));
    call(POLL, answer(200, "OK", "{\"ok\":true,\"result\":[]}"));
    call("http://127.0.0.1:1/bot1:x/sendmessage", answer(500, "Internal Server Error", "{}"));

    assertThat(watch.take()).isEmpty();
  }

  @Test
  void aDescriptionIsMadeOneShortLine() throws Exception {
    call(POLL, answer(500, "Internal Server Error", "{\"description\":\"line one\\nline two " + "x".repeat(300)
        + "\"}"));

    String what = watch.take().orElseThrow().what();

    assertThat(what).startsWith("HTTP 500: line one line two xxx").doesNotContain("\n")
        .endsWith("…").hasSizeLessThan(260);
  }

  @Test
  void anAnswerTheLibraryCouldNotReadIsKeptInWordsWithTelegramsErrorWhenItWasOne() {
    String conflict = "{\"ok\":false,\"error_code\":409,"
        + "\"description\":\"Conflict: terminated by other getUpdates request\"}";
    watch.unreadable(conflict, telegramError(conflict));
    assertThat(watch.take().orElseThrow().what())
        .isEqualTo("Telegram error 409: Conflict: terminated by other getUpdates request");

    String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    watch.unreadable(page, telegramError(page));
    assertThat(watch.take()).hasValueSatisfying(failure -> {
      assertThat(failure.what()).isEqualTo(
          "an HTML page instead of Telegram's JSON (a proxy or gateway answered?): \"502 Bad Gateway\"");
      assertThat(failure.cause()).containsInstanceOf(TelegramApiRequestException.class);
    });
  }

  /** The exception the library's {@code getUpdates} throws when reading an error answer or a page. */
  static TelegramApiRequestException telegramError(String answer) {
    return (TelegramApiRequestException) UnreadableAnswerTest.libraryFailure(answer);
  }

  /** Runs one request through the watch and then the fake network. */
  private void call(String url, Interceptor network) throws IOException {
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(watch).addInterceptor(network).build();
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(List.of(200, 429, 500, 502)).contains(response.code());
    }
  }

  private static Interceptor answer(int status, String reason, String body) {
    return chain -> new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(status)
        .message(reason).body(ResponseBody.create(body, MediaType.get("application/json"))).build();
  }
}
