package de.halle.smartcity.telegram;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Who the bot is in Telegram, from {@code getMe}: needed to notice mentions and replies in groups.
 *
 * @param userId the bot's user id
 * @param username the bot's username without the leading {@code @}
 */
record BotIdentity(long userId, String username) {
  BotIdentity {
    Objects.requireNonNull(username, "username");
    if (username.isBlank() || username.startsWith("@")) {
      throw new IllegalArgumentException("username must be non-blank and without '@' but was '" + username + "'");
    }
  }

  /**
   * Asks Telegram who the bot is ({@code getMe}).
   *
   * @throws IllegalStateException with a message for the operator when the token is refused or the server is out of
   *     reach
   */
  static BotIdentity fetch(BotApi api, String apiUrl) {
    try {
      User me = api.call(new GetMe());
      return new BotIdentity(me.getId(), me.getUserName());
    } catch (BotApiException e) {
      String hint = e.kind() == BotApiException.Kind.REJECTED
          ? "Telegram refused the token (" + e.errorCode() + "): check TELEGRAM_BOT_TOKEN"
          : "cannot reach the Bot API at " + apiUrl + " (" + e.getMessage() + "): check TELEGRAM_API_URL";
      throw new IllegalStateException(hint, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to Telegram", e);
    }
  }
}
