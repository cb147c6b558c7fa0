package de.halle.smartcity.store;

import java.util.Objects;

/**
 * A message fetched from Telegram and not yet answered, as the {@link UpdateInbox} keeps it.
 *
 * @param updateId Telegram's {@code update_id}
 * @param chatId the chat it came from; stored only as its pseudonym
 * @param payload what the bot needs to answer it, as the bot wrote it; stored only encrypted
 */
public record InboxMessage(long updateId, long chatId, String payload) {

  public InboxMessage {
    Objects.requireNonNull(payload, "payload");
  }
}
