package de.halle.smartcity.report;

import de.halle.smartcity.report.UsageSummary.SourceCount;
import de.halle.smartcity.store.LoggedQuestion;
import de.halle.smartcity.store.QuestionHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Counts questions, answers and votes per period for {@code /statistik}. Thread-safe. */
public final class UsageStatistics {

  /** How many releases the summary names as top sources. */
  public static final int TOP_SOURCES = 5;

  private final QuestionHistory history;
  private final Clock clock;
  private final ZoneId zone;

  /** Statistics over {@code history}; calendar days are those of {@code zone}. */
  public UsageStatistics(QuestionHistory history, Clock clock, ZoneId zone) {
    this.history = history;
    this.clock = clock;
    this.zone = zone;
  }

  /** The summary of the last {@code days} calendar days, today included. */
  public UsageSummary lastDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1 but was " + days);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate first = today.minusDays(days - 1L);
    return summarize(history.since(first.atStartOfDay(zone).toInstant()), first, today, zone);
  }

  static UsageSummary summarize(List<LoggedQuestion> questions, LocalDate first, LocalDate last, ZoneId zone) {
    TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    first.datesUntil(last.plusDays(1)).forEach(day -> perDay.put(day, 0));
    questions.forEach(q -> perDay.computeIfPresent(LocalDate.ofInstant(q.askedAt(), zone), (day, n) -> n + 1));
    Map<String, Long> bySource = questions.stream()
        .filter(q -> q.answered() && q.topSourceTitle().isPresent())
        .collect(Collectors.groupingBy(q -> q.topSourceTitle().get(), TreeMap::new, Collectors.counting()));
    List<SourceCount> top = bySource.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_SOURCES)
        .map(e -> new SourceCount(e.getKey(), e.getValue().intValue()))
        .toList();
    return new UsageSummary((int) first.datesUntil(last.plusDays(1)).count(), perDay,
        count(questions, LoggedQuestion::answered), count(questions, LoggedQuestion::declined),
        count(questions, q -> !q.answered() && !q.declined()),
        count(questions, q -> q.helpful().orElse(false)), count(questions, LoggedQuestion::ratedUnhelpful), top);
  }

  private static int count(List<LoggedQuestion> questions, Predicate<LoggedQuestion> filter) {
    return (int) questions.stream().filter(filter).count();
  }
}
