package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question whether something is a thing of a kind, or how big something is, is not answered by a sentence naming
 * the something in another role: "in Zeheim" in a release whose title names partner cities, "im Osten von Beheim" in
 * a sentence about a park.
 */
class AnswerEngineOtherRoleTest {

  private static final String CONSULATE = "Eine Reise aus Musterstadt nach Aheim wurde vom Konsulat in Zeheim bezahlt.";
  private static final String LIST = "Musterstadt hat drei Partnerstädte: Aheim, Beheim und Ceheim.";
  private static final String PARK = "Der Musterpark ist 20 Hektar groß und liegt im Osten von Beheim.";
  private static final String AREA = "Die Plattform Musterdialog gibt die Fläche von Beheim mit 80 Quadratkilometern an.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("aheim.md", "Aheim: Partnerstadt von Musterstadt seit 2011", LocalDate.of(2022, 6, 1),
          "Aheim liegt in Musterland.",
          CONSULATE),
      release("partner.md", "Partnerstädte von Musterstadt", LocalDate.of(2024, 9, 1),
          LIST,
          "Die Städtepartnerschaft zwischen Musterstadt und Beheim besteht seit 1987."),
      release("park.md", "Musterbund und Musterpark: Wirtschaft", LocalDate.of(2021, 1, 1),
          PARK,
          "Im Musterpark arbeiten 900 Menschen."),
      release("zahlen.md", "Musterdialog: Leitbild und Zahlen", LocalDate.of(2025, 6, 1),
          "## Beheim in Zahlen",
          AREA));

  @Test
  void aCityNamedInAnotherRoleDoesNotAnswerWhetherItIsAPartnerCity() {
    Answer answer = engine.answer(Question.of("Ist Zeheim eine Partnerstadt?"));

    assertThat(answer.text()).doesNotContain(CONSULATE);
  }

  @Test
  void aCityNamedInAnotherRoleDoesNotAnswerTheEnglishQuestionEither() {
    Answer answer = engine.answer(Question.of("Is Zeheim a partner city?"));

    assertThat(answer.text()).doesNotContain(CONSULATE);
  }

  @Test
  void aListNamingTheCityAndTheKindAnswersWhetherItIsOne() {
    Answer answer = engine.answer(Question.of("Ist Ceheim eine Partnerstadt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(LIST);
  }

  @Test
  void theSizeOfSomethingElsePlacedInTheCityDoesNotAnswerHowBigTheCityIs() {
    Answer answer = engine.answer(Question.of("Wie groß ist Beheim?"));

    assertThat(answer.text()).doesNotContain(PARK);
  }

  @Test
  void theSizeOfSomethingElsePlacedInTheCityDoesNotAnswerTheEnglishQuestionEither() {
    Answer answer = engine.answer(Question.of("How big is Beheim?"));

    assertThat(answer.text()).doesNotContain(PARK);
  }

  @Test
  void theSizeOfTheSubjectStillAnswersHowBigItIs() {
    Answer answer = engine.answer(Question.of("Wie groß ist der Musterpark?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(PARK);
  }
}
