package de.halle.smartcity.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.report.UsageSummary.SourceCount;
import de.halle.smartcity.store.LoggedQuestion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageStatisticsTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static LoggedQuestion asked(String at, String kind, String source, Boolean helpful) {
    return new LoggedQuestion(Instant.parse(at), Optional.of("Frage"), kind, Optional.ofNullable(source),
        Optional.ofNullable(source), Optional.ofNullable(helpful));
  }

  @Test
  void countsQuestionsPerLocalDayRepliesVotesAndTopSources() {
    List<LoggedQuestion> questions = List.of(
        asked("2024-05-01T22:30:00Z", "ANSWERED", "Reise", true),
        asked("2024-05-02T09:00:00Z", "ANSWERED", "Reise", false),
        asked("2024-05-02T10:00:00Z", "ANSWERED", "Konferenz", null),
        asked("2024-05-02T11:00:00Z", "DECLINED", null, false),
        asked("2024-05-03T11:00:00Z", "FIXED", null, null));

    UsageSummary summary = UsageStatistics.summarize(questions, LocalDate.parse("2024-05-01"),
        LocalDate.parse("2024-05-04"), BERLIN);

    assertThat(summary.days()).isEqualTo(4);
    assertThat(summary.questionsPerDay()).containsExactly(
        entry("2024-05-01", 0), entry("2024-05-02", 4), entry("2024-05-03", 1), entry("2024-05-04", 0));
    assertThat(summary.questions()).isEqualTo(5);
    assertThat(summary.answered()).isEqualTo(3);
    assertThat(summary.declined()).isEqualTo(1);
    assertThat(summary.fixed()).isEqualTo(1);
    assertThat(summary.answeredShare()).isEqualTo(0.75);
    assertThat(summary.thumbsUp()).isEqualTo(1);
    assertThat(summary.thumbsDown()).isEqualTo(2);
    assertThat(summary.topSources()).containsExactly(new SourceCount("Reise", 2), new SourceCount("Konferenz", 1));
  }

  @Test
  void reportsAZeroShareWhenNothingWasAsked() {
    UsageSummary summary = UsageStatistics.summarize(List.of(), LocalDate.parse("2024-05-01"),
        LocalDate.parse("2024-05-01"), BERLIN);

    assertThat(summary.answeredShare()).isZero();
    assertThat(summary.questionsPerDay()).containsExactly(entry("2024-05-01", 0));
  }

  private static java.util.Map.Entry<LocalDate, Integer> entry(String day, int count) {
    return java.util.Map.entry(LocalDate.parse(day), count);
  }
}
