package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.BotApiException.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class TimedBotApiTest {
  private static final String NOT_DELIVERED = "; not delivered: Telegram never got the request";
  private static final String MAYBE_DELIVERED = "; may have been delivered: the request may have reached Telegram";

  private final SendMessage send = SendMessage.builder().chatId(1L).text("Hallo").build();

  @Test
  void aFailedSendWithoutTelegramsAnswerIsSaidInAnOperatorsWordsAndMayWorkLater() {
    assertThat(TimedBotApi.translate(send, new ConnectException("Failed to connect to /127.0.0.1:1")))
        .hasMessage("sendmessage: network error: cannot connect to the server (ConnectException: Failed to connect "
            + "to /127.0.0.1:1)" + NOT_DELIVERED)
        .extracting(BotApiException::kind).isEqualTo(Kind.UNAVAILABLE);
    assertThat(TimedBotApi.translate(send, new SocketTimeoutException("timeout")))
        .hasMessage("sendmessage: network error: no answer in time (SocketTimeoutException: timeout)"
            + MAYBE_DELIVERED);
    assertThat(TimedBotApi.translate(send, new SendAnswerCheck.NotBotApiAnswer("answer is not JSON: \"oops\"")))
        .hasMessage("sendmessage: answer is not JSON: \"oops\"");
    assertThat(TimedBotApi.translate(send, new TimeoutException()))
        .hasMessage("sendmessage: no answer within the timeout" + MAYBE_DELIVERED);
    assertThat(TimedBotApi.translate(send, new IOException("Canceled")))
        .hasMessage("sendmessage: network error (IOException: Canceled)" + MAYBE_DELIVERED);
  }

  @Test
  void aSendThatMadeNoConnectionIsNotDeliveredAndOneWhoseConnectionBrokeLaterMayHaveBeen() {
    assertThat(TimedBotApi.translate(send, new UnknownHostException("api.telegram.org")).getMessage())
        .endsWith(NOT_DELIVERED);
    assertThat(TimedBotApi.translate(send, new SocketTimeoutException("Connect timed out")).getMessage())
        .endsWith(NOT_DELIVERED);
    assertThat(TimedBotApi.translate(send, new SocketTimeoutException("Read timed out")).getMessage())
        .endsWith(MAYBE_DELIVERED);
    assertThat(TimedBotApi.translate(send, new EOFException("\\n not found: limit=0")).getMessage())
        .contains("connection closed without an answer").endsWith(MAYBE_DELIVERED);
  }
}
