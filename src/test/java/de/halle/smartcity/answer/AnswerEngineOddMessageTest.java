package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerEngineOddMessageTest {

  private static final String FESTIVAL = "Wo findet das Stadtfest statt?";
  private static final String SEATS = "Wie viele Leseplätze eröffnete die Stadtbibliothek 2019?";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("bibliothek.md", "Neue Leseplätze", LocalDate.of(2021, 2, 1),
          "Im Jahr 2019 eröffnete die Stadtbibliothek zwölf neue Leseplätze.",
          "Im Jahr 2020 eröffnete die Stadtbibliothek acht neue Leseplätze.",
          "Sabine Beispiel leitet die Stadtbibliothek."),
      release("stadtfest.md", "Stadtfest", LocalDate.of(2024, 5, 2),
          "Das Stadtfest findet jedes Jahr im Juni auf dem Marktplatz statt."));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Ich bin Sabine. ", "Ich bin die Sabine Muster. ", "Hallo, ich bin Sabine, ", "I am Sabine. "})
  void aSelfIntroductionWithAGivenNameAReleaseAlsoNamesDoesNotTurnTheQuestionDown(String introduction) {
    Answer answer = engine.answer(Question.of(introduction + FESTIVAL));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).isEqualTo(engine.answer(Question.of(FESTIVAL)).text());
  }

  @Test
  void theWritersNameAloneAfterTheQuestionIsASignatureAndNotSearchedFor() {
    Answer answer = engine.answer(Question.of(FESTIVAL + " Sabine"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).isEqualTo(engine.answer(Question.of(FESTIVAL)).text());
  }

  @Test
  void aQuestionAboutAPersonWithThatNameIsStillAsked() {
    Answer answer = engine.answer(Question.of("Wer ist Sabine Beispiel?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.body()).contains("Sabine Beispiel leitet die Stadtbibliothek.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://example.org/stadtfest.md", "Hallo, siehe www.example.org/stadtfest", "https://x.de ?"})
  void aMessageThatIsOnlyALinkGetsTheFixedReplyAskingForWords(String message) {
    Answer answer = engine.answer(Question.of(message));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.body()).startsWith("Links kann ich leider nicht öffnen.").contains("in Worten");
  }

  @Test
  void aLinkInsideAQuestionIsLeftOutAndTheWordsAreAsked() {
    Answer answer = engine.answer(Question.of(FESTIVAL + " https://www.example.org/presse/?id=12&seite=stadtfest"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).isEqualTo(engine.answer(Question.of(FESTIVAL)).text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"👍", "🙂🙂", "?", "???", "...", "115", "2020"})
  void aMessageWithoutWordsGetsAHintToWriteTheQuestionInWordsInGermanAndEnglish(String message) {
    Answer answer = engine.answer(Question.of(message));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.body()).contains("Bitte schreiben Sie Ihre Frage in Worten", "Please write your question in words")
        .doesNotContain("keine Antwort gefunden");
  }

  @Test
  void aNumberAloneAfterAnEarlierQuestionIsStillAFollowUp() {
    Answer answer = engine.answer(new Question("2020", List.of(SEATS)));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.body()).contains("acht neue Leseplätze");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Ich bin Sabine. | de", "Hallo, ich bin Sabine Beispiel. | de",
      "Mein Name ist Anna Schulze. Viele Grüße | de", "I'm Sabine. | en"})
  void aMessageThatOnlyIntroducesTheWriterGetsTheGreetingInvitingAQuestion(String message, String language) {
    Answer answer = engine.answer(Question.of(message));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.language()).isEqualTo(language);
    assertThat(answer.body()).startsWith("de".equals(language) ? "Hallo!" : "Hello!").doesNotContain("Stadtbibliothek");
  }
}
