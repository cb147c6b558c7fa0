package de.halle.smartcity.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * The running Telegram bot: long polling with telegrambots 9.x on executors it owns, replies through a paced,
 * time-bounded sender, and a shutdown that ends within its budget (default {@link #SHUTDOWN_BUDGET}). Start it with
 * {@link #start}, block the main thread with {@link #awaitClose()}, and let {@link #registerShutdownHook()} close it
 * on SIGTERM.
 */
public final class TelegramBot implements AutoCloseable {
  /** How long {@link #close()} may take in total by default; Docker's default stop timeout is 10 s. */
  public static final Duration SHUTDOWN_BUDGET = Duration.ofSeconds(7);

  private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
  private static final int QUEUE_CAPACITY = 10_000;
  /** How long interrupted answers get to mark their updates as failed. */
  private static final Duration ABANDON_GRACE = Duration.ofSeconds(1);
  private static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

  private final TelegramBotsLongPollingApplication app;
  private final ScheduledExecutorService poller;
  private final ChatQueues queues;
  private final TypingIndicator typing;
  private final DeferredRetries retries;
  private final AdminNotices adminNotices;
  private final BotHttp http;
  private final BotIdentity identity;
  private final AtomicReference<Instant> lastPoll;
  private final Duration shutdownBudget;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);

  private TelegramBot(TelegramBotsLongPollingApplication app, ScheduledExecutorService poller, ChatQueues queues,
      TypingIndicator typing, DeferredRetries retries, AdminNotices adminNotices, BotHttp http, BotIdentity identity,
      AtomicReference<Instant> lastPoll, Duration shutdownBudget) {
    this.app = app;
    this.poller = poller;
    this.queues = queues;
    this.typing = typing;
    this.retries = retries;
    this.adminNotices = adminNotices;
    this.http = http;
    this.identity = identity;
    this.lastPoll = lastPoll;
    this.shutdownBudget = shutdownBudget;
  }

  /**
   * Connects to the Bot API, registers the command menus and starts polling.
   *
   * @throws IllegalStateException with a message for the operator when Telegram refuses the token or cannot be
   *     reached
   */
  public static TelegramBot start(TelegramSettings settings, BotServices services) {
    BotHttp http = BotHttp.create(settings);
    try {
      BotApi api = new TimedBotApi(new OkHttpTelegramClient(http.send(), settings.token(), settings.telegramUrl()),
          settings.callTimeout());
      BotIdentity identity = BotIdentity.fetch(api, settings.apiUrl());
      BotCommands.register(api, Texts.load());
      return startPolling(settings, services, http, api, identity);
    } catch (RuntimeException e) {
      http.shutdown();
      throw e;
    }
  }

  private static TelegramBot startPolling(TelegramSettings settings, BotServices services, BotHttp http, BotApi api,
      BotIdentity identity) {
    Instant start = services.clock().instant();
    Ticker ticker = Ticker.system();
    ReplySender sender = new TelegramReplySender(api, new OutboundLimiter(settings.limits(), ticker), ticker);
    ExecutorService workers =
        Executors.newFixedThreadPool(settings.workers(), new DaemonThreadFactory("telegram-worker"));
    ChatQueues queues = new ChatQueues(workers, QUEUE_CAPACITY);
    TypingIndicator typing = new TypingIndicator(sender, settings.typingGrace());
    ExactlyOnceHandler handler = new ExactlyOnceHandler(services.ledger(),
        Conversation.assemble(settings, services, identity, typing, ticker), sender, ticker, RetryPolicy.QUICK_TRIES,
        settings.retries().quickPause());
    AdminNotices adminNotices = new AdminNotices(settings.adminIds(), queues, sender);
    WriteAheadInbox inbox = new WriteAheadInbox(services.inbox(), ticker);
    DeferredRetries retries = new DeferredRetries(handler, services.retries(), inbox, queues, settings.retries(),
        services.clock(), adminNotices::send);
    UpdateDispatcher dispatcher = new UpdateDispatcher(new UpdateReader(identity), inbox, queues, retries);
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(new DaemonThreadFactory("telegram-poller"));
    TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
        ObjectMapper::new, http::poll, () -> poller, () -> new LoggedBackOff(http.pollWatch(), ticker));
    AtomicReference<Instant> lastPoll = new AtomicReference<>(Instant.now());
    TelegramBot bot = new TelegramBot(app, poller, queues, typing, retries, adminNotices, http, identity, lastPoll,
        settings.shutdownBudget());
    try {
      inbox.resume(services.ledger(), start, queues, retries::handle);
      TelegramUrl url = settings.telegramUrl();
      app.registerBot(settings.token(), () -> url, updatesRequest(settings, lastPoll, http.pollWatch()),
          dispatcher);
    } catch (Exception e) {
      bot.close();
      throw new IllegalStateException("cannot start polling at " + settings.apiUrl() + ": " + e.getMessage(), e);
    }
    retries.start();
    LOG.info("Telegram bot @{} polling {}", identity.username(), settings.apiUrl());
    return bot;
  }

  /** The bot's username without {@code @}, as reported by {@code getMe}. */
  public String username() {
    return identity.username();
  }

  /**
   * When the poll loop last started a {@code getUpdates}; it does so at least every poll timeout (plus back-off after
   * errors) while polling works, so a health check can treat an old value as a stuck bot.
   */
  public Instant lastPollAt() {
    return lastPoll.get();
  }

  /** Sends a plain-text notice (e.g. a reload report) to every admin's private chat; returns at once. */
  public void notifyAdmins(String plainText) {
    adminNotices.send(plainText);
  }

  /** Closes the bot when the JVM shuts down (SIGTERM, {@code docker stop}); returns the hook thread. */
  public Thread registerShutdownHook() {
    Thread hook = new Thread(this::close, "telegram-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Stops polling and "typing" indicators, lets queued answers finish within the budget, keeps the rest (abandoned
   * ones in the retry queue, never started ones in the inbox) for a try right after the next start, then shuts down
   * executors and HTTP clients. Idempotent; later callers wait for the first.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      awaitQuietly();
      return;
    }
    long deadline = System.nanoTime() + shutdownBudget.toNanos();
    try {
      stopPolling();
      retries.close();
      typing.close();
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      Duration drain = left.minus(ABANDON_GRACE).minusMillis(500);
      if (!queues.shutdown(drain.isNegative() ? Duration.ZERO : drain, ABANDON_GRACE)) {
        LOG.warn("shutdown: answers still running after {}; abandoned", drain);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      http.shutdown();
      closed.countDown();
      LOG.info("Telegram bot stopped");
    }
  }

  private void stopPolling() throws InterruptedException {
    try {
      app.close();
    } catch (Exception e) {
      LOG.warn("shutdown: closing the polling session failed: {}", e.toString());
    }
    http.cancelPolling();
    poller.shutdown();
    if (poller.awaitTermination(1, TimeUnit.SECONDS)) {
      return;
    }
    poller.shutdownNow();
    if (!poller.awaitTermination(1, TimeUnit.SECONDS)) {
      LOG.warn("shutdown: poller thread did not stop within 2 s");
    }
  }

  private void awaitQuietly() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The {@code getUpdates} request before each long poll (one that passes over an update the library cannot read);
   * noting the time makes it the poll loop's heartbeat.
   */
  private static Function<Integer, GetUpdates> updatesRequest(TelegramSettings settings,
      AtomicReference<Instant> lastPoll, PollWatch watch) {
    int seconds = (int) settings.pollTimeout().toSeconds();
    UnreadableUpdateFilter filter = new UnreadableUpdateFilter();
    return last -> {
      lastPoll.set(Instant.now());
      return new TolerantGetUpdates(last + 1, 100, seconds, ALLOWED_UPDATES, filter, watch);
    };
  }
}
