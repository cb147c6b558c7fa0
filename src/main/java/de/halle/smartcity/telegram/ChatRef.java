package de.halle.smartcity.telegram;

/**
 * A Telegram chat as far as replies care: its id and whether it is a group (groups have stricter send limits and
 * the bot replies to the message it answers).
 *
 * @param id Telegram chat id (negative for groups)
 * @param group true for groups and supergroups
 */
record ChatRef(long id, boolean group) {}
