package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {

  private static final Source RELEASE =
      new Source("Netzwerk-Reise", LocalDate.of(2023, 4, 21), "https://example.org/reise", "reise.md");

  @Test
  void anAnswerPrintsOneSourceLinePerRelease() {
    Answer answer = new Answer(Answer.Kind.ANSWERED, "Antwort.", List.of("Antwort."), List.of(RELEASE), 0.9, "de");

    assertThat(answer.text()).isEqualTo("Antwort.\nQuelle: Netzwerk-Reise (Stand 21.04.2023) https://example.org/reise");
    assertThat(answer.citedSources()).containsExactly(RELEASE);
    assertThat(answer.closestReleases()).isEmpty();
  }

  @Test
  void aDeclineCarriesItsClosestReleaseWithoutShowingItToTheCitizen() {
    Answer decline = new Answer(Answer.Kind.DECLINED, "Dazu habe ich nichts gefunden.", List.of(), List.of(RELEASE),
        0.1, "de");

    assertThat(decline.text()).isEqualTo("Dazu habe ich nichts gefunden.");
    assertThat(decline.citedSources()).isEmpty();
    assertThat(decline.closestReleases()).containsExactly(RELEASE);
  }

  @Test
  void anEnglishDeclineShowsNoSourceLineEither() {
    Answer decline = new Answer(Answer.Kind.DECLINED, "Not found.", List.of(), List.of(RELEASE), 0.1, "en");

    assertThat(decline.text()).isEqualTo("Not found.").doesNotContain("Source");
  }

  @Test
  void anAnswerWithoutSourceIsRejected() {
    assertThatThrownBy(() -> new Answer(Answer.Kind.ANSWERED, "x", List.of(), List.of(), 0.5, "de"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one source");
  }

  @Test
  void aFixedReplyWithASourceIsRejected() {
    assertThatThrownBy(() -> new Answer(Answer.Kind.FIXED, "Hallo", List.of(), List.of(RELEASE), 1, "de"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FIXED reply has no sources");
  }
}
