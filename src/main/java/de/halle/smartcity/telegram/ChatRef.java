package de.halle.smartcity.telegram;

/**
 * A Telegram chat as far as replies care: its id, whether it is a group (groups have stricter send limits and the
 * bot replies to the message it answers), and the forum topic to reply in.
 *
 * @param id Telegram chat id (negative for groups)
 * @param group true for groups and supergroups
 * @param topic the {@code message_thread_id} of the forum topic the citizen wrote in, or null outside forum topics;
 *     without it Telegram puts replies in the forum's "General" topic
 */
record ChatRef(long id, boolean group, Integer topic) {

  /** A chat outside forum topics. */
  ChatRef(long id, boolean group) {
    this(id, group, null);
  }
}
