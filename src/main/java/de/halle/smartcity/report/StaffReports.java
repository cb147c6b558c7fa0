package de.halle.smartcity.report;

import de.halle.smartcity.store.Database;
import de.halle.smartcity.store.QuestionHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The admins' Telegram reports {@code /luecken} and {@code /statistik} as plain text (no markup: the bot escapes it
 * for HTML) under Telegram's 4096-character limit. Each method takes what followed the command, e.g. "7" for the
 * last 7 days, so it plugs into the bot's admin-command seam as a method reference. Callers check
 * {@code BOT_ADMIN_IDS} first. Thread-safe.
 */
public final class StaffReports {

  /** The period both reports cover when the command has no argument. */
  public static final int DEFAULT_DAYS = 30;
  /** The longest period an admin can ask for. */
  public static final int MAX_DAYS = 3660;
  /** How many gap groups {@code /luecken} lists. */
  public static final int MAX_GAPS = 10;
  static final int MAX_LENGTH = 3500;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");

  private final GapReport gaps;
  private final UsageStatistics statistics;
  private final ZoneId zone;

  /** Reports built from the given services. */
  public StaffReports(GapReport gaps, UsageStatistics statistics, ZoneId zone) {
    this.gaps = gaps;
    this.statistics = statistics;
    this.zone = zone;
  }

  /** Reports over the question log in {@code database}, counting calendar days in {@code zone}. */
  public static StaffReports over(Database database, Clock clock, ZoneId zone) {
    QuestionHistory history = new QuestionHistory(database);
    return new StaffReports(new GapReport(history, ContentWords.withDefaultStopwords(), clock),
        new UsageStatistics(history, clock, zone), zone);
  }

  /** The reply to {@code /luecken [Tage]}: the biggest knowledge gaps of the last days (default 30). */
  public String knowledgeGaps(String arguments) {
    OptionalInt days = days(arguments);
    if (days.isEmpty()) {
      return "Aufruf: /luecken [Tage], z. B. /luecken 7 (ohne Angabe " + DEFAULT_DAYS + " Tage).";
    }
    List<KnowledgeGap> found = gaps.lastDays(days.getAsInt());
    StringBuilder out = new StringBuilder("Wissenslücken der letzten ").append(days.getAsInt()).append(" Tage\n");
    if (found.isEmpty()) {
      return out.append("Keine abgelehnten oder mit 👎 bewerteten Fragen.").toString();
    }
    int shown = 0;
    for (KnowledgeGap gap : found.subList(0, Math.min(MAX_GAPS, found.size()))) {
      String entry = gapEntry(shown + 1, gap);
      if (out.length() + entry.length() > MAX_LENGTH) {
        break;
      }
      out.append(entry);
      shown++;
    }
    if (shown < found.size()) {
      out.append("\n… und ").append(found.size() - shown).append(" weitere. Alle: report --format csv");
    }
    return out.toString();
  }

  /** The reply to {@code /statistik [Tage]}: questions per day, share answered, votes and top sources. */
  public String statistics(String arguments) {
    OptionalInt days = days(arguments);
    if (days.isEmpty()) {
      return "Aufruf: /statistik [Tage], z. B. /statistik 7 (ohne Angabe " + DEFAULT_DAYS + " Tage).";
    }
    UsageSummary summary = statistics.lastDays(days.getAsInt());
    StringBuilder out = new StringBuilder("Statistik der letzten ").append(summary.days()).append(" Tage\n")
        .append("Fragen: ").append(summary.questions()).append(" (beantwortet ").append(summary.answered())
        .append(", abgelehnt ").append(summary.declined()).append(", feste Antworten ").append(summary.fixed())
        .append(")\n")
        .append("Anteil beantwortet: ")
        .append(String.format(Locale.GERMANY, "%.0f %%", summary.answeredShare() * 100)).append('\n')
        .append("Bewertungen: 👍 ").append(summary.thumbsUp()).append(" · 👎 ").append(summary.thumbsDown())
        .append("\n\nFragen pro Tag (Tage ohne Fragen ausgelassen):\n");
    for (Map.Entry<LocalDate, Integer> day : summary.questionsPerDay().entrySet()) {
      if (day.getValue() > 0) {
        out.append(DAY.format(day.getKey())).append(' ').append(day.getValue()).append('\n');
      }
    }
    out.append("\nHäufigste Quellen:\n");
    if (summary.topSources().isEmpty()) {
      out.append("–\n");
    }
    int rank = 1;
    for (UsageSummary.SourceCount source : summary.topSources()) {
      out.append(rank++).append(". ").append(source.title()).append(" (").append(source.answers())
          .append(")\n");
    }
    return out.toString().strip();
  }

  private String gapEntry(int rank, KnowledgeGap gap) {
    return "\n" + rank + ". " + gap.count() + "× „" + gap.exampleQuestion() + "“\n"
        + "   abgelehnt " + gap.declined() + ", 👎 " + gap.thumbsDown() + " · "
        + GapReportFormat.germanDate(gap.firstSeen(), zone) + "–" + GapReportFormat.germanDate(gap.lastSeen(), zone)
        + "\n   nächste Mitteilung: " + GapReportFormat.closestRelease(gap) + "\n";
  }

  /** The period from the command's argument: empty argument means the default, otherwise 1 to MAX_DAYS. */
  static OptionalInt days(String arguments) {
    String argument = arguments == null ? "" : arguments.strip();
    if (argument.isEmpty()) {
      return OptionalInt.of(DEFAULT_DAYS);
    }
    if (!argument.matches("\\d{1,4}")) {
      return OptionalInt.empty();
    }
    int days = Integer.parseInt(argument);
    return days >= 1 && days <= MAX_DAYS ? OptionalInt.of(days) : OptionalInt.empty();
  }
}
