package de.halle.smartcity.telegram;

import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fails a call on the send client whose answer is no Bot API answer (a proxy's HTML page, an empty, cut-off or
 * non-JSON answer) with a {@link NotBotApiAnswer} saying so in words ({@link UnreadableAnswer}), where the library
 * would only fail with {@code Telegram error 0} and no text; Telegram's own answers, errors included, pass unchanged.
 * The call fails as it would have, only with a readable reason. Thread-safe.
 */
final class SendAnswerCheck implements Interceptor {
  /** Far more than any answer to a send (a message is at most 4096 characters); longer answers are not checked. */
  private static final long MAX_ANSWER = 1024 * 1024;

  private final UnreadableAnswer reader = new UnreadableAnswer();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody answer = response.peekBody(MAX_ANSWER);
    Optional<String> problem = answer.contentLength() >= MAX_ANSWER ? Optional.empty()
        : reader.notBotApiAnswer(answer.string());
    if (problem.isEmpty()) {
      return response;
    }
    response.close();
    String status = response.isSuccessful() ? ""
        : ("HTTP " + response.code() + " " + PollWatch.oneLine(response.message())).strip() + ", ";
    throw new NotBotApiAnswer(status + problem.get());
  }

  /** An answer that arrived but was not Telegram's JSON; its message says what it was instead. */
  static final class NotBotApiAnswer extends IOException {
    private static final long serialVersionUID = 1L;

    NotBotApiAnswer(String what) {
      super(what);
    }
  }
}
