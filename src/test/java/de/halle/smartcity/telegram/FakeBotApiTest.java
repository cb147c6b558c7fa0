package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.telegram.FaultScript.Stall;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** How the fake Bot API ends: as Telegram going away, never with an answer after it closed. */
class FakeBotApiTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();

  /**
   * A request held by a {@link Stall} when the fake closes gets no answer (a 500 then would read as Telegram refusing
   * the message, not as Telegram gone), and the next one finds no server; repeated, as it was a race.
   */
  @RepeatedTest(10)
  void aRequestHeldWhenTheFakeClosesGetsNoAnswerAndTheNextFindsNoServer() throws Exception {
    FakeBotApi api = FakeBotApi.start();
    HttpRequest send;
    CompletableFuture<HttpResponse<String>> held;
    try {
      api.failNext("sendmessage", 1, new Stall(WAIT));
      send = HttpRequest.newBuilder(URI.create(api.url() + "/bot" + FakeBotApi.TOKEN + "/sendMessage"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"chat_id\":60,\"text\":\"Hallo\"}")).build();
      held = client.sendAsync(send, HttpResponse.BodyHandlers.ofString());
      assertThat(api.awaitArrivals("sendmessage", 1, WAIT)).isEqualTo(1);
    } finally {
      api.close();
    }

    assertThatThrownBy(() -> held.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("no answer, not even a 500")
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
    assertThatThrownBy(() -> client.send(send, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    assertThat(api.calls("sendmessage")).as("no call recorded as answered").isEmpty();
  }
}
