package de.halle.smartcity.telegram;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The bot's two OkHttp clients, each with its own daemon dispatcher: one for the long poll (so shutdown can cancel
 * it without cancelling replies in flight) and one for sending, which says in words when an answer is no Bot API answer
 * ({@link SendAnswerCheck}). Owning them is what lets the bot shut them down.
 *
 * <p>The send client never repeats a request on its own: OkHttp's {@code retryOnConnectionFailure} would send a
 * message again, unseen by the ledger, when a connection dropped after the request went out (Telegram may already
 * have delivered it), so every further try of a reply is one of the {@link RetryPolicy}. The poll client keeps it: a
 * repeated {@code getUpdates} only fetches the same batch again, since updates are confirmed by the next offset.
 */
final class BotHttp {
  private final OkHttpClient poll;
  private final OkHttpClient send;
  private final StoppablePoll stoppablePoll;
  private final PollWatch pollWatch;

  private BotHttp(OkHttpClient poll, OkHttpClient send, StoppablePoll stoppablePoll, PollWatch pollWatch) {
    this.poll = poll;
    this.send = send;
    this.stoppablePoll = stoppablePoll;
    this.pollWatch = pollWatch;
  }

  static BotHttp create(TelegramSettings settings) {
    Duration pollRead = settings.pollTimeout().plusSeconds(15);
    OkHttpClient network = client("telegram-poll-http", pollRead, pollRead.plusSeconds(5), true);
    StoppablePoll stoppablePoll = new StoppablePoll(network);
    PollWatch pollWatch = new PollWatch();
    OkHttpClient poll = network.newBuilder().addInterceptor(pollWatch).addInterceptor(stoppablePoll).build();
    OkHttpClient send = client("telegram-send-http", settings.callTimeout(), settings.callTimeout().plusSeconds(1),
        false).newBuilder().addInterceptor(new SendAnswerCheck()).build();
    return new BotHttp(poll, send, stoppablePoll, pollWatch);
  }

  OkHttpClient poll() {
    return poll;
  }

  /** Why the last {@code getUpdates} failed, as seen on the poll client. */
  PollWatch pollWatch() {
    return pollWatch;
  }

  OkHttpClient send() {
    return send;
  }

  /**
   * Ends the long poll in flight (a blocked {@code getUpdates}) with an empty batch rather than an error, so the
   * library logs no ERROR; call after the polling session was closed, so no further poll is scheduled.
   */
  void cancelPolling() {
    stoppablePoll.stop();
  }

  /** Cancels everything and shuts down dispatcher threads and connection pools. */
  void shutdown() {
    for (OkHttpClient client : new OkHttpClient[] {poll, send}) {
      client.dispatcher().cancelAll();
      client.dispatcher().executorService().shutdownNow();
      client.connectionPool().evictAll();
    }
  }

  private static OkHttpClient client(String threads, Duration read, Duration call, boolean repeatOnDrop) {
    Dispatcher dispatcher = new Dispatcher(Executors.newCachedThreadPool(new DaemonThreadFactory(threads)));
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(256);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(32, 1, TimeUnit.MINUTES))
        .connectTimeout(Duration.ofSeconds(10))
        .writeTimeout(Duration.ofSeconds(10))
        .readTimeout(read)
        .callTimeout(call)
        .retryOnConnectionFailure(repeatOnDrop)
        .build();
  }
}
