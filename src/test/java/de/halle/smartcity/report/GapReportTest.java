package de.halle.smartcity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.store.LoggedQuestion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GapReportTest {

  private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

  private final GapReport report =
      new GapReport(null, ContentWords.withDefaultStopwords(), Clock.fixed(T0, ZoneOffset.UTC));

  static LoggedQuestion declined(String text, int hour) {
    return new LoggedQuestion(T0.plusSeconds(3600L * hour), Optional.of(text), "DECLINED", Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  static LoggedQuestion declinedNear(String text, int hour, String closestTitle) {
    return new LoggedQuestion(T0.plusSeconds(3600L * hour), Optional.of(text), "DECLINED",
        Optional.of(closestTitle.toLowerCase() + ".md"), Optional.of(closestTitle), Optional.empty());
  }

  static LoggedQuestion rated(String text, int hour, boolean helpful, String sourceTitle) {
    return new LoggedQuestion(T0.plusSeconds(3600L * hour), Optional.of(text), "ANSWERED",
        Optional.of(sourceTitle.toLowerCase() + ".md"), Optional.of(sourceTitle), Optional.of(helpful));
  }

  @Test
  void groupsDeclinedQuestionsThatShareMostContentWords() {
    List<KnowledgeGap> gaps = report.group(List.of(
        declined("Was kostet ein Anwohnerparkausweis?", 0),
        declined("Was kostet der Anwohnerparkausweis in Halle?", 1),
        declined("Wann öffnet das Bürgerbüro?", 2),
        declined("Wie viel kostet ein Anwohnerparkausweis?", 3)));

    assertThat(gaps).hasSize(2);
    assertThat(gaps.get(0)).satisfies(gap -> {
      assertThat(gap.exampleQuestion()).isEqualTo("Was kostet ein Anwohnerparkausweis?");
      assertThat(gap.count()).isEqualTo(3);
      assertThat(gap.declined()).isEqualTo(3);
      assertThat(gap.firstSeen()).isEqualTo(T0);
      assertThat(gap.lastSeen()).isEqualTo(T0.plusSeconds(3 * 3600));
      assertThat(gap.closestReleaseTitle()).isEmpty();
    });
    assertThat(gaps.get(1).exampleQuestion()).isEqualTo("Wann öffnet das Bürgerbüro?");
  }

  @Test
  void includesAnswersRatedThumbsDownWithTheReleaseFoundMostOften() {
    List<KnowledgeGap> gaps = report.group(List.of(
        rated("Wie teuer war die Reise nach Übersee?", 0, false, "Reise"),
        rated("Wie teuer war die Reise?", 1, false, "Konferenz"),
        rated("Wie teuer war die Reise nach Übersee wirklich?", 2, false, "Reise"),
        rated("Wie teuer war die Reise nach Übersee genau?", 3, true, "Reise")));

    assertThat(gaps).singleElement().satisfies(gap -> {
      assertThat(gap.count()).isEqualTo(3);
      assertThat(gap.thumbsDown()).isEqualTo(3);
      assertThat(gap.declined()).isZero();
      assertThat(gap.closestReleaseTitle()).contains("Reise");
      assertThat(gap.closestReleaseFile()).contains("reise.md");
    });
  }

  @Test
  void leavesOutAnsweredQuestionsWithoutThumbsDownAndWithheldTexts() {
    LoggedQuestion withheld = new LoggedQuestion(T0, Optional.empty(), "DECLINED", Optional.empty(),
        Optional.empty(), Optional.empty());
    LoggedQuestion fixed = new LoggedQuestion(T0, Optional.of("Hallo"), "FIXED", Optional.empty(),
        Optional.empty(), Optional.empty());

    assertThat(report.group(List.of(withheld, fixed, rated("Wann war die Konferenz?", 0, true, "K")))).isEmpty();
  }

  @Test
  void groupsQuestionsWithoutContentWordsOnlyWhenTheirTextIsEqual() {
    List<KnowledgeGap> gaps = report.group(List.of(declined("Was ist das?", 0), declined("was ist das? ", 1),
        declined("Wer ist das?", 2)));

    assertThat(gaps).extracting(KnowledgeGap::count).containsExactly(2, 1);
  }

  @Test
  void aFollowUpWithoutContentWordsIsGroupedPerReleaseFoundSoEachTopicKeepsItsOwnRow() {
    List<KnowledgeGap> gaps = report.group(List.of(declinedNear("Und wo?", 0, "Digitaltag"),
        declinedNear("Und wo?", 1, "Expo"), declinedNear("und wo? ", 2, "Digitaltag"), declined("Und wo?", 3),
        declined("Und wo?", 4)));

    assertThat(gaps).extracting(KnowledgeGap::count).containsExactly(2, 2, 1);
    assertThat(gaps).extracting(gap -> gap.closestReleaseFile().orElse("–"))
        .containsExactly("–", "digitaltag.md", "expo.md");
  }

  @Test
  void questionsSharingContentWordsAreGroupedWhateverReleaseWasFound() {
    List<KnowledgeGap> gaps = report.group(List.of(declinedNear("Was kostet der Parkausweis?", 0, "Parken"),
        declinedNear("Was kostet ein Parkausweis?", 1, "Gebühren")));

    assertThat(gaps).extracting(KnowledgeGap::count).containsExactly(2);
  }

  @Test
  void listsBiggerGroupsFirstAndThenTheMostRecent() {
    List<KnowledgeGap> gaps = report.group(List.of(declined("Bibliothek Öffnungszeiten", 0),
        declined("Schwimmhalle Eintritt", 1), declined("Parkhaus Gebühren", 2), declined("Parkhaus Gebühren", 3)));

    assertThat(gaps).extracting(KnowledgeGap::exampleQuestion)
        .containsExactly("Parkhaus Gebühren", "Schwimmhalle Eintritt", "Bibliothek Öffnungszeiten");
  }

  @Test
  void rejectsAPeriodOfLessThanOneDay() {
    assertThatThrownBy(() -> report.lastDays(0)).hasMessageContaining("was 0");
  }
}
