package de.halle.smartcity.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the bot was used over a period, for {@code /statistik}.
 *
 * @param days length of the period in days
 * @param questionsPerDay questions asked per calendar day, every day of the period included
 * @param answered replies answered from the releases
 * @param declined replies saying the releases do not answer it
 * @param fixed fixed replies (greetings, help, emergencies)
 * @param thumbsUp 👍 votes
 * @param thumbsDown 👎 votes
 * @param topSources the releases answers came from most often, most first
 */
public record UsageSummary(
    int days,
    SortedMap<LocalDate, Integer> questionsPerDay,
    int answered,
    int declined,
    int fixed,
    int thumbsUp,
    int thumbsDown,
    List<SourceCount> topSources) {

  /** How often one release was the top source of an answer. */
  public record SourceCount(String title, int answers) {
    public SourceCount {
      Objects.requireNonNull(title, "title");
    }
  }

  public UsageSummary {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1 but was " + days);
    }
    questionsPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(questionsPerDay));
    topSources = List.copyOf(topSources);
  }

  /** All questions in the period. */
  public int questions() {
    return answered + declined + fixed;
  }

  /** Share of answered among answered and declined questions (fixed replies left out); 0 when there were none. */
  public double answeredShare() {
    return answered + declined == 0 ? 0 : (double) answered / (answered + declined);
  }
}
