package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Wer war bei der Reise nach Aheim dabei?" is answered by who took part in something in Aheim, and so are "Who was on the
 * trip to Aheim?" ("trip to" is "Reise nach") and "Who was on the business trip to Aheim?" ("Dienstreise|Reise nach":
 * the journey word is one of two alternatives).
 */
class AnswerEngineTravelTest {

  private static final String TOOK_PART =
      "Anna Beispiel nimmt als Vertreterin der Stadt am 3. Mai an der Konferenz der Partnerstädte in Aheim teil.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("aheim.md", "Beheim auf der Konferenz in Aheim", LocalDate.of(2024, 5, 2),
          TOOK_PART, "Die Reisekosten trägt der Veranstalter der Konferenz.",
          "Auf der Konferenz geht es um digitale Verwaltung."));

  @Test
  void aWhoQuestionAboutAJourneyIsAnsweredByWhoTookPartAtTheDestination() {
    Answer answer = engine.answer(Question.of("Wer war bei der Reise nach Aheim dabei?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(TOOK_PART);
  }

  @Test
  void anEnglishQuestionAboutATripToAPlaceIsAnsweredLikeItsGermanVersion() {
    Answer answer = engine.answer(Question.of("Who was on the trip to Aheim?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains(TOOK_PART);
  }

  @Test
  void anEnglishQuestionWhoseJourneyWordIsOneOfItsAlternativesIsAnsweredLikeItsGermanVersion() {
    Answer answer = engine.answer(Question.of("Who was on the business trip to Aheim?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains(TOOK_PART);
  }
}
