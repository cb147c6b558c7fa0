package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An in-JVM Bot API server that behaves like Telegram for the methods the bot uses: {@code getUpdates} is held until
 * an update arrives or its timeout passes, update ids increase strictly, confirmed updates (below the offset) are
 * dropped, only the {@code allowed_updates} kinds are delivered, method names are matched case-insensitively, every
 * answer carries {@code "ok"}, HTML messages are parsed like Telegram does (400 on bad markup). It records what the
 * bot sent and can answer 429, 500, an HTML page, stall or drop the connection on demand.
 */
final class FakeBotApi implements AutoCloseable {
  static final String TOKEN = "123456:TEST-token_x";
  static final long BOT_ID = 4242;
  static final String BOT_USERNAME = "HalleTestBot";
  private static final byte[] NOT_JSON =
      "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);

  /**
   * A scripted misbehaviour for the next call(s) of one method: 429 with {@code retry_after}, 500, holding the
   * request for a while and then answering 500 (so a request the bot gave up on never creates a message), 200 with a
   * body that is not JSON (as from a misconfigured proxy), a proxy's 502 page, or a connection closed without an
   * answer, before or after the message was created.
   */
  sealed interface Fault permits TooManyRequests, ServerError, Stall, NotJson, BadGateway, Dropped, AnswerLost {}

  record TooManyRequests(int retryAfterSeconds) implements Fault {}

  record ServerError() implements Fault {}

  record Stall(Duration duration) implements Fault {}

  /** Answered 200 with an HTML page; not recorded as a call. */
  record NotJson() implements Fault {}

  /** Answered 502 with the HTML page of the proxy in front of the Bot API, as during a Telegram outage. */
  record BadGateway() implements Fault {}

  /** The connection closed after the request was read, without an answer (a proxy restarting); not recorded. */
  record Dropped() implements Fault {}

  /**
   * Telegram took the request (a message is created and recorded as a call), but the connection closed before its
   * answer reached the bot: the case where only the bot's retry can tell, and it cannot know the message arrived.
   */
  record AnswerLost() implements Fault {}

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
  private final List<ObjectNode> pending = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final AtomicLong getUpdatesCalls = new AtomicLong();
  private final Map<Long, Long> migratedChats = new HashMap<>();
  private final Map<String, Integer> arrivals = new HashMap<>();
  private long nextUpdateId = 1;
  private int nextMessageId = 1000;
  private boolean dropConfirmed = true;
  private boolean pressesExpired;
  private long confirmedOffset;
  private boolean closed;
  private volatile Consumer<Call> listener = call -> { };

  private FakeBotApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
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

  /** Queues an update (without {@code update_id}) for the next {@code getUpdates}; returns its id. */
  synchronized long push(ObjectNode update) {
    long id = nextUpdateId++;
    ObjectNode withId = json.createObjectNode().put("update_id", id);
    withId.setAll(update.deepCopy());
    if (withId.path("message").isObject() && !withId.path("message").has("message_id")) {
      ((ObjectNode) withId.get("message")).put("message_id", nextMessageId++);
    }
    pending.add(withId);
    notifyAll();
    return id;
  }

  /** Keeps updates after they were confirmed, as if the bot crashed before Telegram saw the next offset. */
  synchronized void keepConfirmedUpdates() {
    dropConfirmed = false;
  }

  /**
   * Answers every later {@code answerCallbackQuery} 400 like Telegram does for a press older than its answer window
   * (as after a restart).
   */
  synchronized void expireButtonPresses() {
    pressesExpired = true;
  }

  /**
   * Makes the group a supergroup under a new id, like Telegram: every later call to the old id is answered 400 with
   * {@code parameters.migrate_to_chat_id}.
   */
  synchronized void migrateGroup(long groupId, long supergroupId) {
    migratedChats.put(groupId, supergroupId);
  }

  synchronized void failNext(String method, int times, Fault fault) {
    Deque<Fault> queue = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.addLast(fault);
    }
  }

  synchronized List<Call> calls(String method) {
    String name = method.toLowerCase(Locale.ROOT);
    return calls.stream().filter(c -> c.method().equals(name)).toList();
  }

  /** Successful {@code sendmessage} calls to one chat. */
  synchronized List<Call> messagesTo(long chatId) {
    return calls("sendmessage").stream().filter(c -> c.status() == 200 && c.chatId() == chatId).toList();
  }

  /** Waits until at least {@code count} calls of the method were made; returns them (maybe fewer on timeout). */
  synchronized List<Call> awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (calls(method).size() < count && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    return calls(method);
  }

  /** How many requests of the method arrived so far, answered or not. */
  synchronized int arrivals(String method) {
    return arrivals.getOrDefault(method.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * Waits until at least {@code count} requests of the method arrived, answered or not (a stalled one is recorded as a
   * call only when its answer goes out); returns how many arrived.
   */
  synchronized int awaitArrivals(String method, int count, Duration timeout) throws InterruptedException {
    String name = method.toLowerCase(Locale.ROOT);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (arrivals.getOrDefault(name, 0) < count && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    return arrivals.getOrDefault(name, 0);
  }

  /** Waits until at least {@code count} messages went to the chat. */
  synchronized List<Call> awaitMessagesTo(long chatId, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (messagesTo(chatId).size() < count && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    return messagesTo(chatId);
  }

  /**
   * Waits until a {@code getUpdates} asked for an offset past the update, which is how Telegram learns it was
   * delivered; true when that happened in time.
   */
  synchronized boolean awaitConfirmed(long updateId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (confirmedOffset <= updateId && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    return confirmedOffset > updateId;
  }

  long getUpdatesCalls() {
    return getUpdatesCalls.get();
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        respond(exchange, 401, error(401, "Unauthorized"));
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
      arrived(method);
      Fault fault = nextFault(method);
      if (fault instanceof Stall stall) {
        stall(stall.duration());
      }
      if (fault instanceof Dropped) {
        return; // closing the exchange before any header was sent closes the connection
      }
      if (fault instanceof NotJson || fault instanceof BadGateway) {
        respond(exchange, fault instanceof NotJson ? 200 : 502, "text/html", NOT_JSON);
        return;
      }
      Reply reply = fault instanceof TooManyRequests tooMany ? tooManyRequests(tooMany.retryAfterSeconds())
          : fault != null && !(fault instanceof AnswerLost) ? new Reply(500, error(500, "Internal Server Error"), null)
          : answer(method, body);
      if (!method.equals("getupdates")) {
        record(new Call(method, body, reply.visibleText(), reply.messageId(), reply.status(), System.nanoTime()));
      }
      if (fault instanceof AnswerLost) {
        return;
      }
      respond(exchange, reply.status(), reply.json());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Reply(int status, ObjectNode json, String visibleText) {
    int messageId() {
      return json.path("result").path("message_id").asInt(0);
    }
  }

  private Reply answer(String method, JsonNode body) throws InterruptedException {
    Long migratedTo;
    boolean expired;
    synchronized (this) {
      migratedTo = body.has("chat_id") ? migratedChats.get(body.path("chat_id").asLong()) : null;
      expired = pressesExpired && method.equals("answercallbackquery");
    }
    if (expired) {
      return new Reply(400, error(400,
          "Bad Request: query is too old and response timeout expired or query ID is invalid"), null);
    }
    if (migratedTo != null) {
      ObjectNode error = error(400, "Bad Request: group chat was upgraded to a supergroup chat");
      error.putObject("parameters").put("migrate_to_chat_id", migratedTo);
      return new Reply(400, error, null);
    }
    return switch (method) {
      case "getupdates" -> new Reply(200, ok(updates(body)), null);
      case "getme" -> new Reply(200, ok(botUser()), null);
      case "deletewebhook", "setmycommands", "sendchataction", "answercallbackquery", "editmessagereplymarkup" ->
          new Reply(200, ok(json.getNodeFactory().booleanNode(true)), null);
      case "sendmessage" -> sendMessage(body);
      default -> new Reply(404, error(404, "Not Found: method not found"), null);
    };
  }

  private Reply sendMessage(JsonNode body) {
    String text = body.path("text").asText("");
    String visible = text;
    if ("html".equalsIgnoreCase(body.path("parse_mode").asText())) {
      TelegramHtmlCheck.Result parsed = TelegramHtmlCheck.parse(text);
      Optional<String> problem = parsed.problem();
      if (problem.isPresent()) {
        return new Reply(400, error(400, problem.get()), null);
      }
      visible = parsed.visibleText();
    } else if (text.isBlank() || text.length() > 4096) {
      return new Reply(400, error(400, "Bad Request: message is too long or empty"), null);
    }
    long chatId = Long.parseLong(body.path("chat_id").asText());
    ObjectNode message = json.createObjectNode();
    synchronized (this) {
      message.put("message_id", nextMessageId++);
    }
    message.put("date", System.currentTimeMillis() / 1000);
    message.set("chat", Updates.chat(chatId));
    message.set("from", botUser());
    message.put("text", visible);
    return new Reply(200, ok(message), visible);
  }

  private synchronized ArrayNode updates(JsonNode request) throws InterruptedException {
    getUpdatesCalls.incrementAndGet();
    long offset = request.path("offset").asLong(0);
    confirmedOffset = Math.max(confirmedOffset, offset);
    notifyAll();
    int limit = request.path("limit").asInt(100);
    long deadline = System.nanoTime() + Duration.ofSeconds(request.path("timeout").asLong(0)).toNanos();
    if (dropConfirmed) {
      pending.removeIf(u -> u.get("update_id").asLong() < offset);
    }
    while (!closed) {
      List<ObjectNode> ready = pending.stream().filter(u -> u.get("update_id").asLong() >= offset)
          .filter(u -> allowed(u, request.path("allowed_updates"))).limit(limit).toList();
      long remaining = deadline - System.nanoTime();
      if (!ready.isEmpty() || remaining <= 0) {
        ArrayNode result = json.createArrayNode();
        ready.forEach(result::add);
        return result;
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
    return json.createArrayNode();
  }

  /** Like Telegram: with a non-empty {@code allowed_updates}, other kinds of update are never delivered. */
  private static boolean allowed(ObjectNode update, JsonNode allowedUpdates) {
    if (!allowedUpdates.isArray() || allowedUpdates.isEmpty()) {
      return true;
    }
    for (JsonNode kind : allowedUpdates) {
      if (update.has(kind.asText())) {
        return true;
      }
    }
    return false;
  }

  private synchronized void arrived(String method) {
    arrivals.merge(method, 1, Integer::sum);
    notifyAll();
  }

  private synchronized Fault nextFault(String method) {
    Deque<Fault> queue = faults.get(method);
    return queue == null ? null : queue.pollFirst();
  }

  private synchronized void stall(Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    while (!closed && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
  }

  private void record(Call call) {
    synchronized (this) {
      calls.add(call);
      notifyAll();
    }
    listener.accept(call);
  }

  /** Is told about every recorded call (after it was recorded), on the server's thread; for load drivers. */
  void onCall(Consumer<Call> callListener) {
    this.listener = callListener;
  }

  /** Forgets recorded calls, so a long benchmark does not keep them all. */
  synchronized void clearCalls() {
    calls.clear();
  }

  private Reply tooManyRequests(int retryAfter) {
    ObjectNode error = error(429, "Too Many Requests: retry after " + retryAfter);
    error.putObject("parameters").put("retry_after", retryAfter);
    return new Reply(429, error, null);
  }

  private ObjectNode ok(JsonNode result) {
    ObjectNode node = json.createObjectNode().put("ok", true);
    node.set("result", result);
    return node;
  }

  private ObjectNode error(int code, String description) {
    return json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
  }

  private ObjectNode botUser() {
    return json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Halle Bot")
        .put("username", BOT_USERNAME);
  }

  private void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    respond(exchange, status, "application/json", json.writeValueAsBytes(body));
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
