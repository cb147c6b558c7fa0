package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.halle.smartcity.telegram.FakeAnswers.Reply;
import de.halle.smartcity.telegram.FaultScript.AnswerLost;
import de.halle.smartcity.telegram.FaultScript.BadGateway;
import de.halle.smartcity.telegram.FaultScript.Dropped;
import de.halle.smartcity.telegram.FaultScript.Fault;
import de.halle.smartcity.telegram.FaultScript.NotJson;
import de.halle.smartcity.telegram.FaultScript.Stall;
import de.halle.smartcity.telegram.FaultScript.TooManyRequests;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An in-JVM Bot API server that behaves like Telegram for the methods the bot uses (method names matched
 * case-insensitively): the HTTP side, over the {@link FakeUpdateQueue} for {@code getUpdates}, the
 * {@link FakeAnswers} of each method, the {@link RecordedCalls} of what the bot sent and the {@link FaultScript} that
 * makes it answer 429, 500, an HTML page, stall or drop the connection on demand.
 */
final class FakeBotApi implements AutoCloseable {
  static final String TOKEN = "123456:TEST-token_x";
  static final long BOT_ID = 4242;
  static final String BOT_USERNAME = "HalleTestBot";
  private static final byte[] NOT_JSON =
      "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);

  /**
   * One request the bot made and the answer's status; for {@code sendmessage} also the parsed text the citizen sees
   * and the id of the message created (0 otherwise).
   */
  record Call(String method, JsonNode body, String visibleText, int messageId, int status, long atNanos) {
    long chatId() {
      return Long.parseLong(body.path("chat_id").asText());
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor;
  private final FakeUpdateQueue updates;
  private final FakeAnswers answers;
  private final RecordedCalls calls = new RecordedCalls();
  private final FaultScript faults = new FaultScript();

  private FakeBotApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
    AtomicInteger messageIds = new AtomicInteger(1000);
    this.updates = new FakeUpdateQueue(messageIds);
    this.answers = new FakeAnswers(updates, messageIds);
  }

  static FakeBotApi start() throws IOException {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and delayed ACKs
    // add about 40 ms to every request, which real Telegram does not.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreadFactory("fake-bot-api"));
    FakeBotApi fake = new FakeBotApi(server, executor);
    server.createContext("/", fake::handle);
    server.setExecutor(executor);
    server.start();
    return fake;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // The updates for the bot: see FakeUpdateQueue.

  long push(ObjectNode update) {
    return updates.push(update);
  }

  void keepConfirmedUpdates() {
    updates.keepConfirmedUpdates();
  }

  boolean awaitConfirmed(long updateId, Duration timeout) throws InterruptedException {
    return updates.awaitConfirmed(updateId, timeout);
  }

  long getUpdatesCalls() {
    return updates.polls();
  }

  // How the methods answer, and scripted faults: see FakeAnswers and FaultScript.

  void expireButtonPresses() {
    answers.expireButtonPresses();
  }

  void migrateGroup(long groupId, long supergroupId) {
    answers.migrateGroup(groupId, supergroupId);
  }

  void failNext(String method, int times, Fault fault) {
    faults.failNext(method, times, fault);
  }

  // What reached the fake: see RecordedCalls.

  List<Call> calls(String method) {
    return calls.calls(method);
  }

  List<Call> messagesTo(long chatId) {
    return calls.messagesTo(chatId);
  }

  int arrivals(String method) {
    return calls.arrivals(method);
  }

  List<Call> awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
    return calls.awaitCalls(method, count, timeout);
  }

  int awaitArrivals(String method, int count, Duration timeout) throws InterruptedException {
    return calls.awaitArrivals(method, count, timeout);
  }

  List<Call> awaitMessagesTo(long chatId, int count, Duration timeout) throws InterruptedException {
    return calls.awaitMessagesTo(chatId, count, timeout);
  }

  void onCall(Consumer<Call> listener) {
    calls.onCall(listener);
  }

  void clearCalls() {
    calls.clear();
  }

  /**
   * Ends like Telegram going away: no new connection from here on and the open ones closed, then the requests still
   * held by a {@link Stall} are let go without an answer (answering them first would be a 500 after the close).
   */
  @Override
  public void close() {
    updates.close();
    server.stop(0);
    faults.close();
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        respond(exchange, answers.failure(401, "Unauthorized"));
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
      calls.arrived(method);
      Fault fault = faults.next(method);
      if (fault instanceof Stall stall && !faults.stall(stall.duration())) {
        return; // the fake closed while holding it: no answer, as from a Telegram that is gone
      }
      if (fault instanceof Dropped) {
        return; // closing the exchange before any header was sent closes the connection
      }
      if (fault instanceof NotJson || fault instanceof BadGateway) {
        respond(exchange, fault instanceof NotJson ? 200 : 502, "text/html", NOT_JSON);
        return;
      }
      Reply reply = fault instanceof TooManyRequests tooMany ? answers.tooManyRequests(tooMany.retryAfterSeconds())
          : fault != null && !(fault instanceof AnswerLost) ? answers.failure(500, "Internal Server Error")
          : answers.answer(method, body);
      if (!method.equals("getupdates")) {
        calls.record(new Call(method, body, reply.visibleText(), reply.messageId(), reply.status(), System.nanoTime()));
      }
      if (fault instanceof AnswerLost) {
        return;
      }
      respond(exchange, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void respond(HttpExchange exchange, Reply reply) throws IOException {
    respond(exchange, reply.status(), "application/json", json.writeValueAsBytes(reply.json()));
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
