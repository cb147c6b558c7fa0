package de.halle.smartcity.telegram;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Lets shutdown end a held {@code getUpdates} without a false failure in the log: every failed poll is logged as
 * one (a cancelled call as "Canceled"), so instead of cancelling the library's
 * call this interceptor runs the poll as its own inner call, cancels only that one on {@link #stop()}, and hands the
 * library an empty, successful batch. Real failures while running still reach the library's back-off (and the log
 * line of {@link LoggedBackOff}).
 * Thread-safe.
 */
final class StoppablePoll implements Interceptor {
  private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";

  private final OkHttpClient network;
  private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  /** Polls through {@code network}, a client without this interceptor. */
  StoppablePoll(OkHttpClient network) {
    this.network = network;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (stopped) {
      return noUpdates(chain);
    }
    Call call = network.newCall(chain.request());
    inFlight.add(call);
    try {
      if (stopped) {
        call.cancel();
      }
      return call.execute();
    } catch (IOException e) {
      if (stopped) {
        return noUpdates(chain);
      }
      throw e;
    } finally {
      inFlight.remove(call);
    }
  }

  /** Ends the poll in flight and answers every later one at once with no updates. */
  void stop() {
    stopped = true;
    inFlight.forEach(Call::cancel);
  }

  private static Response noUpdates(Chain chain) {
    return new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK (bot stopping)")
        .body(ResponseBody.create(NO_UPDATES, MediaType.get("application/json")))
        .build();
  }
}
