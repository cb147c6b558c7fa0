package de.halle.smartcity.store;

import java.util.List;

/**
 * The write-ahead inbox: messages fetched from Telegram are kept here before Telegram is told they were delivered,
 * until they are answered, so a crash between fetching and answering loses none. Implementations keep the payload
 * encrypted and the chat only as a pseudonym, are thread-safe, and persistent once {@link #append} returns.
 */
public interface UpdateInbox {

  /** Keeps the messages durably, in one go; messages already kept (a re-delivery) are left as they are. */
  void append(List<InboxMessage> messages);

  /** Drops the message: answered, kept elsewhere, or given up. Unknown ids are ignored. */
  void remove(long updateId);

  /** The payloads of every message still kept, oldest {@code update_id} first. */
  List<String> unanswered();
}
