package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastEventNoteTest {

  private static final PastEventNote NOTE =
      new PastEventNote(Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC));
  private static final List<LocalDate> RELEASED = List.of(LocalDate.of(2024, 3, 7));

  @Test
  void sentencesNamingOnlyPastDatesAreAboutThePast() {
    assertThat(NOTE.onlyPast(List.of("Der Digitaltag 2023 war am 6. Juni 2023.", "Es kamen 120 Gäste."), RELEASED))
        .isTrue();
  }

  @Test
  void oneComingDateIsNotThePast() {
    assertThat(NOTE.onlyPast(List.of("Der Digitaltag 2023 war am 6. Juni 2023.", "Der nächste folgt 2027."),
        RELEASED)).isFalse();
  }

  @Test
  void aDateLaterThisYearIsNotThePast() {
    assertThat(NOTE.onlyPast(List.of("Das Fest ist am 20. Dezember 2026."), RELEASED)).isFalse();
  }

  @Test
  void sentencesWithoutADateSayNothingAboutThePast() {
    assertThat(NOTE.onlyPast(List.of("Der Digitaltag stand unter einem Motto."), RELEASED)).isFalse();
  }

  @Test
  void aReleaseFromTodayIsNotThePast() {
    assertThat(NOTE.onlyPast(List.of("Der Digitaltag 2023 war am 6. Juni 2023."), List.of(LocalDate.of(2026, 11, 27))))
        .isFalse();
  }

  @Test
  void theNoteIsAddedOnlyForAQuestionAskingForAComingOccurrence() {
    AnswerQuote quote = new AnswerQuote("Der Digitaltag 2023 war am 6. Juni 2023.",
        List.of("Der Digitaltag 2023 war am 6. Juni 2023."),
        List.of(new Source("Digitaltag", LocalDate.of(2024, 3, 7), "https://example.org/d", "d.md")), 600);

    assertThat(NOTE.appendTo(quote.text(), quote, true, "de")).isEqualTo(quote.text() + "\n" + PastEventNote.note("de"));
    assertThat(NOTE.appendTo(quote.text(), quote, false, "de")).isEqualTo(quote.text());
  }
}
