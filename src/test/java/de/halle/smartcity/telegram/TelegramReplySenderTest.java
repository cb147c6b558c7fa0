package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.telegram.BotApiException.Kind;
import de.halle.smartcity.telegram.Outgoing.Button;
import de.halle.smartcity.telegram.Outgoing.ButtonAnswer;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class TelegramReplySenderTest {
  private final ScriptedBotApi api = new ScriptedBotApi();
  private final FakeTicker ticker = new FakeTicker();
  private final TelegramReplySender sender =
      new TelegramReplySender(api, new OutboundLimiter(OutboundLimits.telegramDefaults(), ticker), ticker);
  private final ChatMessage hello = ChatMessage.of(new ChatRef(5, false), "Hallo &amp; so", null);

  private static BotApiException failure(Kind kind, int code, Duration retryAfter) {
    return new BotApiException(kind, code, retryAfter, "test " + code, null);
  }

  @Test
  void aRateLimitedMessageIsSentAgainAfterRetryAfter() throws Exception {
    api.failNext(2, failure(Kind.RATE_LIMITED, 429, Duration.ofSeconds(3)));
    sender.send(hello);
    assertThat(api.calls()).hasSize(3);
    assertThat(ticker.sleeps()).contains(Duration.ofSeconds(3)).filteredOn(Duration.ofSeconds(3)::equals).hasSize(2);
  }

  @Test
  void rateLimitRetriesAreBounded() {
    api.failNext(10, failure(Kind.RATE_LIMITED, 429, Duration.ofSeconds(1)));
    assertThatThrownBy(() -> sender.send(hello)).isInstanceOf(BotApiException.class);
    assertThat(api.calls()).hasSize(TelegramReplySender.MAX_RATE_LIMIT_RETRIES + 1);
  }

  @Test
  void aRejectedMessageIsNotRetried() {
    api.failNext(1, failure(Kind.REJECTED, 403, Duration.ZERO));
    assertThatThrownBy(() -> sender.send(hello)).isInstanceOf(BotApiException.class)
        .extracting(e -> ((BotApiException) e).errorCode()).isEqualTo(403);
    assertThat(api.calls()).hasSize(1);
  }

  @Test
  void anUnavailableServerIsLeftToTheCaller() {
    api.failNext(1, failure(Kind.UNAVAILABLE, 500, Duration.ZERO));
    assertThatThrownBy(() -> sender.send(hello)).isInstanceOf(BotApiException.class);
    assertThat(api.calls()).hasSize(1);
  }

  @Test
  void messagesToOneChatArePacedAfterTheBurst() throws Exception {
    for (int i = 0; i < 5; i++) {
      sender.send(hello);
    }
    assertThat(ticker.sleeps().stream().mapToLong(Duration::toMillis).sum()).isGreaterThanOrEqualTo(1_900);
  }

  @Test
  void aChatMessageBecomesAnHtmlSendMessageWithButtonsAndReply() throws Exception {
    sender.send(new ChatMessage(new ChatRef(-100, true), "<b>x</b>",
        List.of(List.of(new Button("👍", "up:1"), new Button("👎", "down:1"))), 77));
    SendMessage sent = (SendMessage) api.calls().get(0);
    assertThat(sent.getChatId()).isEqualTo("-100");
    assertThat(sent.getParseMode()).isEqualTo("html");
    assertThat(sent.getReplyParameters().getMessageId()).isEqualTo(77);
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) sent.getReplyMarkup();
    assertThat(keyboard.getKeyboard().get(0)).extracting(b -> b.getCallbackData()).containsExactly("up:1", "down:1");
  }

  @Test
  void aButtonAnswerIsNotPacedAndCarriesItsText() throws Exception {
    for (int i = 0; i < 5; i++) {
      sender.send(new ButtonAnswer("cb" + i, i == 0 ? "" : "Danke"));
    }
    assertThat(ticker.sleeps()).isEmpty();
    assertThat(((AnswerCallbackQuery) api.calls().get(0)).getText()).isNull();
    assertThat(((AnswerCallbackQuery) api.calls().get(1)).getText()).isEqualTo("Danke");
  }

  @Test
  void aPressTelegramNoLongerTakesAnAnswerForIsPassedOverButAnUnreachableTelegramIsNot() throws Exception {
    api.failNext(1, failure(Kind.REJECTED, 400, Duration.ZERO));
    sender.send(new ButtonAnswer("old", "Danke"));
    api.failNext(1, failure(Kind.UNAVAILABLE, 502, Duration.ZERO));
    assertThatThrownBy(() -> sender.send(new ButtonAnswer("new", "Danke"))).isInstanceOf(BotApiException.class);
    assertThat(api.calls()).hasSize(2);
  }

  @Test
  void typingNeverThrows() {
    api.failNext(1, failure(Kind.UNAVAILABLE, 502, Duration.ZERO));
    sender.typing(new ChatRef(5, false));
    assertThat(api.calls()).hasSize(1);
  }
}
