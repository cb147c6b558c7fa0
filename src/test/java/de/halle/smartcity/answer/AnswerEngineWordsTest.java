package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.expiring;
import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the question's words decide: too general to answer, a name joined by underscores, a verb like a noun. */
class AnswerEngineWordsTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("leihrad.md", "Leihräder in Musterstadt", LocalDate.of(2024, 6, 11),
          "Das Leihradsystem rollmix_rad startete im Oktober 2023 in der Stadt Musterstadt.",
          "Der Grundtarif von rollmix_rad beträgt 1 Euro pro 15 Minuten."),
      release("gewerbe.md", "Gewerbegebiet Sonnen Park in Musterstadt", LocalDate.of(2021, 1, 31),
          "Das Gewerbegebiet Sonnen Park der Stadt Musterstadt ist 120 Hektar groß."),
      release("partner.md", "Aheim wird Partnerstadt von Musterstadt", LocalDate.of(2024, 9, 16),
          "Aheim ist seit 2023 Partnerstadt der Stadt Musterstadt."),
      release("bibliothek.md", "Die Stadtbibliothek Musterstadt", LocalDate.of(2020, 5, 2),
          "Die Stadtbibliothek in Musterstadt ist montags bis freitags geöffnet."),
      expiring("digitaltag.md", "Digitaltag der Stadt Musterstadt", LocalDate.of(2024, 3, 7),
          LocalDate.of(2024, 12, 31), "Der Digitaltag in Musterstadt fand am 7. Juni 2024 im Planetarium statt."));

  @ParameterizedTest(name = "\"{0}\" is asked back")
  @ValueSource(strings = {"Musterstadt", "Stadt", "Stadt Musterstadt", "Was ist Musterstadt?"})
  void aQuestionOnlyAboutWhatEveryReleaseNamesIsAskedBackWithTheNewestValidTitlesAsTopics(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
    assertThat(answer.body()).startsWith("Ihre Frage ist sehr allgemein")
        .contains("• Aheim wird Partnerstadt von Musterstadt\n• Leihräder in Musterstadt\n"
            + "• Gewerbegebiet Sonnen Park in Musterstadt")
        .doesNotContain("Digitaltag");
    assertThat(answer.evidence()).isEmpty();
  }

  @Test
  void anEnglishQuestionOnlyAboutWhatEveryReleaseNamesIsAskedBackInEnglish() {
    Answer answer = engine.answer(Question.of("What about Musterstadt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
    assertThat(answer.body()).startsWith("Your question is very general").contains("• Leihräder in Musterstadt");
  }

  @ParameterizedTest(name = "\"{0}\" is answered")
  @ValueSource(strings = {"Aheim", "Digitaltag", "Musterstadt Aheim"})
  void aQuestionNamingWhatOnlySomeReleasesSayIsAnswered(String question) {
    assertThat(engine.answer(Question.of(question)).kind()).isEqualTo(Answer.Kind.ANSWERED);
  }

  @ParameterizedTest(name = "\"{0}\" is declined")
  @ValueSource(strings = {"Zoo Musterstadt", "Musterstadt Zoo", "Wo grillen?", "Kann man in der Stadt grillen?"})
  void aQuestionWhoseOnlyOtherWordsNoReleaseUsesIsDeclinedNotAskedBack(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
    assertThat(answer.body()).doesNotContain("allgemein");
  }

  @Test
  void aNumberMakesAQuestionOfCommonWordsSpecific() {
    assertThat(engine.answer(Question.of("Stadt Musterstadt 2019")).body()).doesNotContain("allgemein");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Was kostet rollmix?", "Was kostet das Rad von rollmix?", "Was kostet rollmix_rad?"})
  void aNameJoinedByAnUnderscoreIsFoundByItsPartsAndWhole(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains("Der Grundtarif von rollmix_rad beträgt 1 Euro pro 15 Minuten.");
  }

  @ParameterizedTest(name = "\"{0}\" is declined")
  @ValueSource(strings = {"Parken", "Wo kann ich parken?", "Kann man dort parken?"})
  void aQuestionAboutParkingIsNotAnsweredWithAnEstateNamedPark(String question) {
    assertThat(engine.answer(Question.of(question)).kind()).isEqualTo(Answer.Kind.DECLINED);
  }

  @Test
  void aQuestionAboutTheEstateNamedParkIsStillAnswered() {
    Answer answer = engine.answer(Question.of("Wie groß ist der Sonnen Park?"));

    assertThat(answer.evidence()).containsExactly("Das Gewerbegebiet Sonnen Park der Stadt Musterstadt ist 120 Hektar groß.");
  }
}
