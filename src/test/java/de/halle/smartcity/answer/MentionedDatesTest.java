package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionedDatesTest {

  private static final LocalDate RELEASED = LocalDate.of(2024, 3, 7);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Die Eröffnung war am 15. November 2024. | 2024-11-15",
      "Die Konferenz war am 22.04.2023. | 2023-04-22",
      "Der Digitaltag fand im Juni 2023 statt. | 2023-06-30",
      "Die Strategie gilt bis 2030. | 2030-12-31",
      "Der Bericht vom 6. Juni 2023 nennt das Jahr 2025. | 2025-12-31",
      "Die Feier ist am 5. Mai. | 2024-05-05",
      "Die Feier war am 6. Februar. | 2025-02-06",
      "Am 21. und 22. April 2023 tagte der Rat. | 2023-04-22",
      "Der Shuttle fährt von 5:00 bis 24:00 Uhr für 2,20 Euro in der Passage 13. | ",
      "Am 31.02.2024 war nichts. | "})
  void aSentenceReachesTheLatestDayItsDatesName(String sentence, LocalDate latest) {
    assertThat(MentionedDates.latest(sentence, RELEASED).orElse(null)).isEqualTo(latest);
  }
}
