package de.halle.smartcity.telegram;

/**
 * How fast the bot may send messages: Telegram allows about 30 messages per second per bot, about one per second in a
 * chat (short bursts tolerated) and 20 per minute in a group.
 *
 * @param enabled false to send as fast as the server accepts (only for a local fake Bot API in benchmarks)
 * @param perSecond messages per second over all chats
 * @param perChatPerSecond messages per second in one chat
 * @param chatBurst messages one chat may receive back to back before pacing starts
 * @param perGroupPerMinute messages per minute in one group chat
 * @param groupBurst messages one group may receive back to back before pacing starts
 */
public record OutboundLimits(
    boolean enabled,
    double perSecond,
    double perChatPerSecond,
    int chatBurst,
    double perGroupPerMinute,
    int groupBurst) {

  public OutboundLimits {
    requirePositive("perSecond", perSecond);
    requirePositive("perChatPerSecond", perChatPerSecond);
    requirePositive("perGroupPerMinute", perGroupPerMinute);
    if (chatBurst < 1 || groupBurst < 1) {
      throw new IllegalArgumentException("bursts must be >= 1 but were " + chatBurst + " and " + groupBurst);
    }
  }

  /** Telegram's published limits with a small burst per chat. */
  public static OutboundLimits telegramDefaults() {
    return new OutboundLimits(true, 30, 1, 3, 20, 3);
  }

  /** No pacing at all; for a local fake Bot API only. */
  public static OutboundLimits disabled() {
    return new OutboundLimits(false, 30, 1, 3, 20, 3);
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number but was " + value);
    }
  }
}
