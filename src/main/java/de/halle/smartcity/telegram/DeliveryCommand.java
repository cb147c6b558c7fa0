package de.halle.smartcity.telegram;

import de.halle.smartcity.store.DeliveryProblems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The admin command {@code /zustellung}: how many citizens' messages of the last week could not be answered
 * normally (given up, failed, waiting for a deferred try) and the latest given-up ones with their reasons.
 */
public final class DeliveryCommand implements AdminCommand {
  private static final Duration PERIOD = Duration.ofDays(7);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final Function<Instant, DeliveryProblems> history;
  private final Clock clock;
  private final ZoneId zone;

  /** Reads problems since an instant from {@code history}; shows times in {@code zone}. */
  public DeliveryCommand(Function<Instant, DeliveryProblems> history, Clock clock, ZoneId zone) {
    this.history = history;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public String run(String arguments) {
    DeliveryProblems problems = history.apply(clock.instant().minus(PERIOD));
    StringBuilder out = new StringBuilder("Zustellung der letzten ").append(PERIOD.toDays()).append(" Tage\n")
        .append("Aufgegeben: ").append(problems.givenUp())
        .append(" (um erneute Frage gebeten oder alle Versuche gescheitert)\n")
        .append("Fehlgeschlagen, noch offen: ").append(problems.failedNow()).append('\n')
        .append("Warten jetzt auf einen späteren Versuch: ").append(problems.waitingForRetry());
    if (!problems.latest().isEmpty()) {
      out.append("\n\nZuletzt aufgegeben:");
      for (DeliveryProblems.GivenUp given : problems.latest()) {
        out.append("\n• Update ").append(given.updateId()).append(", ")
            .append(TIME.format(given.at().atZone(zone))).append(" – ").append(given.reason());
      }
    }
    return out.toString();
  }
}
