package de.halle.smartcity.telegram;

import java.util.Objects;

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
}
