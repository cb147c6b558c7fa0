package de.halle.smartcity.telegram;

/**
 * A staff-only command such as {@code /statistik}, available to the user ids in {@code BOT_ADMIN_IDS}; anyone else
 * gets the normal citizen reply. Implementations are thread-safe.
 */
@FunctionalInterface
public interface AdminCommand {

  /**
   * Runs the command and returns the reply as plain text (the bot escapes it for HTML).
   *
   * @param arguments what followed the command, stripped; empty when nothing did
   */
  String run(String arguments);
}
