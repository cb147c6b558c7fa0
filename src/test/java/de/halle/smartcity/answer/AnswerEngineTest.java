package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.eval.EvalRunner;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerEngineTest {

  @RegisterExtension
  static final EngineFixture engine =
      EngineFixture.ofFolder(EngineFixture.resource("/engine/knowledge"), EngineFixture.SYNONYMS);

  @Test
  void answersEveryFixtureQuestionAndDeclinesTheNearMisses() {
    assertThat(new EvalRunner(engine).run(EngineFixture.resource("/engine/questions.jsonl")).failures()).isEmpty();
  }

  @Test
  void answerQuotesTheReleaseVerbatimAndNamesItsSource() {
    Answer answer = engine.answer(Question.of("Wer organisiert das Programm?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.sources()).extracting(Source::file).containsExactly("2023-04-21-austausch.md");
    assertThat(answer.body()).isEqualTo(String.join(" ", answer.evidence()));
    assertThat(answer.text()).contains("Quelle: ", "(Stand 21.04.2023)", "https://example.org/presse/austausch");
  }

  @Test
  void answerSentenceThatCoversTheWholeQuestionIsNotFollowedByANeighbourAddingNothing() {
    Answer answer = engine.answer(Question.of("Was hat die Reise die Stadt gekostet?"));

    assertThat(answer.evidence())
        .containsExactly("Der Stadt Musterstadt entstehen für Reise und Teilnahme der Konferenz keine Kosten.");
  }

  @Test
  void aNeighbourWithoutTheAskedKindOfFactIsNotQuotedBesideTheAnswerToAWelcheKostenQuestion() {
    Answer answer = engine.answer(Question.of("Welche Kosten entstehen der Stadt Musterstadt durch die Reise?"));

    assertThat(answer.evidence())
        .containsExactly("Der Stadt Musterstadt entstehen für Reise und Teilnahme der Konferenz keine Kosten.");
  }

  @Test
  void aQuestionWrittenLikeALetterIsAnsweredLikeTheBareQuestion() {
    String bare = "Was hat die Reise die Stadt gekostet?";
    Answer letter = engine.answer(Question.of(
        "Guten Tag! Mein Name ist Erika Beispielfrau. " + bare + " Vielen Dank im Voraus, Erika Beispielfrau"));

    assertThat(letter.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(letter.text()).isEqualTo(engine.answer(Question.of(bare)).text());
  }

  @Test
  void theAnswerRecordsTheQuestionAsReadWithoutTheLetterAndAFollowUpWithTheQuestionItContinues() {
    String bare = "Was hat die Reise die Stadt gekostet?";
    Answer letter = engine.answer(Question.of("Guten Tag! Ich bin Anna. " + bare + " Viele Grüße, Anna"));
    Answer followUp = engine.answer(new Question("Und 2020?", List.of("Ich bin Anna. " + bare)));

    assertThat(letter.asked()).isEqualTo(bare);
    assertThat(followUp.asked()).isEqualTo("Und 2020? (nach „" + bare + "“)");
    assertThat(engine.answer(Question.of("Hallo!")).asked()).isEmpty();
  }

  @Test
  void aStatementAboutTheWriterWithWordsNoReleaseUsesDoesNotTurnTheQuestionDown() {
    String bare = "Was hat die Reise die Stadt gekostet?";
    Answer answer = engine.answer(Question.of("Ich bin Erika und wohne in der Beispielgasse 12. " + bare));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).isEqualTo(engine.answer(Question.of(bare)).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{bare} Sie erreichen mich telefonisch unter 0345 1234567.",
      "Meine E-Mail-Adresse für die Antwort ist max.muster@example.org. {bare}",
      "Die Reise interessiert mich, ich wohne in der Lindenstraße 5. {bare}"})
  void personalDataScrubbedFromAMessageDoesNotChangeTheAnswer(String message) {
    String bare = "Was hat die Reise die Stadt gekostet?";
    String scrubbed = new PersonalDataScrubber().scrub(message.replace("{bare}", bare)).text();
    Answer answer = engine.answer(Question.of(scrubbed));

    assertThat(answer.kind()).as(scrubbed).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).isEqualTo(engine.answer(Question.of(bare)).text());
  }

  @Test
  void declineNamesTheCitizenServiceAndTheNumber115() {
    Answer answer = engine.answer(Question.of("Was kostet ein Anwohnerparkausweis?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
    assertThat(answer.body()).contains("Bürgerservice", "115");
    assertThat(answer.citedSources()).isEmpty();
    assertThat(answer.text()).isEqualTo(answer.body());
  }

  @Test
  void declineRemembersTheClosestReleaseForTheEditors() {
    Answer answer = engine.answer(Question.of("Was kostet ein Anwohnerparkausweis?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
    assertThat(answer.closestReleases()).singleElement().extracting(Source::file)
        .isIn("2023-04-21-austausch.md", "2024-03-01-bibliothek.md");
  }

  @Test
  void yearInTheQuestionPicksTheSentenceAboutThatYear() {
    assertThat(engine.answer(Question.of("Was passierte 2020?")).evidence()).anyMatch(s -> s.contains("2020"));
  }

  @Test
  void shortFollowUpIsAnsweredInTheContextOfThePreviousQuestion() {
    Answer answer = engine.answer(new Question("Und 2020?", List.of("Welche Städte wurden 2019 besucht?")));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).anyMatch(s -> s.contains("2020"));
  }

  @Test
  void aFollowUpToAQuestionWithAStatementAboutTheWriterIsAnsweredLikeAFollowUpToTheBareQuestion() {
    String bare = "Welche Städte wurden 2019 besucht?";
    Answer answer = engine.answer(new Question("Und 2020?", List.of("Ich bin Anna. " + bare)));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).isEqualTo(engine.answer(new Question("Und 2020?", List.of(bare))).text());
  }

  @Test
  void englishQuestionGetsTheGermanEvidenceFramedInEnglish() {
    Answer answer = engine.answer(Question.of("Did the trip cost the city any money?"));

    assertThat(answer.language()).isEqualTo("en");
    assertThat(answer.body()).startsWith("The German press release says: ");
    assertThat(answer.text()).contains("Source (in German): ");
  }

  @Test
  void whenTwoReleasesSayAlmostTheSameTheNewerOneAnswers() {
    KnowledgeSnapshot releases = snapshot(
        release("alt.md", "Gebühren der Stadtbibliothek", LocalDate.of(2022, 1, 10),
            "Der Leseausweis kostet zehn Euro im Jahr."),
        release("neu.md", "Gebühren der Stadtbibliothek ab Januar", LocalDate.of(2024, 1, 10),
            "Der Leseausweis kostet zwölf Euro im Jahr."));

    try (AnswerEngine two = engine.openBeside(releases)) {
      assertThat(two.answer(Question.of("Was kostet der Leseausweis?")).sources())
          .extracting(Source::file).containsExactly("neu.md");
    }
  }

  @Test
  void whenAnotherReleaseAnswersAboutAsWellItsSentenceIsQuotedTooButNotAnUnrelatedOne() {
    KnowledgeSnapshot releases = snapshot(
        release("woche.md", "Öffnungszeiten der Stadtbibliothek", LocalDate.of(2024, 1, 10),
            "Die Stadtbibliothek ist montags bis freitags von 10 bis 18 Uhr geöffnet."),
        release("sommer.md", "Die Stadtbibliothek im Sommer", LocalDate.of(2024, 1, 10),
            "Im Sommer ist die Stadtbibliothek auch samstags von 10 bis 14 Uhr geöffnet."),
        release("bad.md", "Öffnungszeiten der Schwimmhalle", LocalDate.of(2024, 1, 10),
            "Die Schwimmhalle ist täglich von 8 bis 20 Uhr geöffnet."));

    try (AnswerEngine three = engine.openBeside(releases)) {
      Answer answer = three.answer(Question.of("Wann ist die Stadtbibliothek geöffnet?"));

      assertThat(answer.sources()).extracting(Source::file).containsExactlyInAnyOrder("woche.md", "sommer.md");
      assertThat(answer.body()).contains("\nAußerdem: ").doesNotContain("Schwimmhalle");
      assertThat(answer.text()).contains("Quelle: Öffnungszeiten der Stadtbibliothek", "Quelle: Die Stadtbibliothek im "
          + "Sommer");
    }
  }

  @Test
  void whenAnOlderReleaseSaysOtherwiseTheAnswerSaysSo(@TempDir Path folder) throws Exception {
    java.nio.file.Files.writeString(folder.resolve("alt.md"), "---\ntitle: Gebühren der Stadtbibliothek\n"
        + "date: 2022-01-10\nsource: https://example.org/alt\n---\nDer Leseausweis kostet zehn Euro im Jahr.\n");
    java.nio.file.Files.writeString(folder.resolve("neu.md"), "---\ntitle: Gebühren der Stadtbibliothek ab Januar\n"
        + "date: 2024-01-10\nsource: https://example.org/neu\n---\nDer Leseausweis kostet zwölf Euro im Jahr.\n");

    try (AnswerEngine two = engine.openBeside(new KnowledgeFolder(folder).load())) {
      Answer german = two.answer(Question.of("Was kostet der Leseausweis?"));

      assertThat(german.sources()).extracting(Source::file).containsExactly("neu.md");
      assertThat(german.body()).startsWith("Der Leseausweis kostet zwölf Euro im Jahr.").endsWith(
          "\nHinweis: Eine ältere Mitteilung (Gebühren der Stadtbibliothek, Stand 10.01.2022) nennt dazu andere "
          + "Angaben.");
      assertThat(german.text().length()).isLessThanOrEqualTo(600);
    }
  }

  @Test
  void releasesThatAgreeGetNoNote(@TempDir Path folder) throws Exception {
    java.nio.file.Files.writeString(folder.resolve("alt.md"), "---\ntitle: Gebühren der Stadtbibliothek\n"
        + "date: 2022-01-10\nsource: https://example.org/alt\n---\nDer Leseausweis kostet zwölf Euro im Jahr.\n");
    java.nio.file.Files.writeString(folder.resolve("neu.md"), "---\ntitle: Gebühren der Stadtbibliothek 2024\n"
        + "date: 2024-01-10\nsource: https://example.org/neu\n---\nDer Leseausweis kostet weiter zwölf Euro im "
        + "Jahr.\n");

    try (AnswerEngine two = engine.openBeside(new KnowledgeFolder(folder).load())) {
      Answer answer = two.answer(Question.of("Was kostet der Leseausweis?"));

      assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
      assertThat(answer.body()).doesNotContain("Hinweis");
    }
  }

  @Test
  void answerMayLeaveOutACommonNounOfTheQuestionWhenItNamesTheRareOne() {
    KnowledgeSnapshot releases = snapshot(
        release("arbeit.md", "Regeln für Beschäftigte", LocalDate.of(2024, 1, 10),
            "Die Arbeitszeit beträgt höchstens acht Stunden am Tag."),
        release("land.md", "Leben in Musterland", LocalDate.of(2024, 1, 10),
            "In Musterland gibt es viele Schulen. Musterland hat drei Flüsse. Das Wetter in Musterland ist mild. "
                + "Musterland liegt am Meer. Musterland hat zwei Häfen. In Musterland spricht man Deutsch."));

    try (AnswerEngine two = engine.openBeside(releases)) {
      Answer answer = two.answer(Question.of("Wie lang ist die Arbeitszeit in Musterland?"));

      assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
      assertThat(answer.evidence()).containsExactly("Die Arbeitszeit beträgt höchstens acht Stunden am Tag.");
    }
  }

  private static KnowledgeSnapshot snapshot(KnowledgeDocument... releases) {
    return new KnowledgeSnapshot(List.of(releases), List.of(), Instant.now());
  }

  @Test
  void greetingGetsAFixedReplyWithoutRetrieval() {
    assertThat(engine.answer(Question.of("Hallo!")).kind()).isEqualTo(Answer.Kind.FIXED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ich bin Anna.", "Ich bin Anna?", "Mein Name ist Erika und ich habe eine Frage",
      "Hallo, ich heiße Erika Beispielfrau und hätte da mal eine Frage."})
  void aMessageThatOnlyIntroducesTheWriterGetsTheGreetingInvitingAQuestion(String message) {
    Answer answer = engine.answer(Question.of(message));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.text()).isEqualTo(engine.answer(Question.of("Hallo!")).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"👍", "https://example.org/presse"})
  void aMessageWithoutWordsGetsTheTitleOfTheNewestReleaseAsAnExampleOfWhatToAsk(String message) {
    Answer answer = engine.answer(Question.of(message));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.body()).contains("in Worten", "„Stadtbibliothek Musterstadt verlängert Öffnungszeiten“")
        .doesNotContain("Musterstadt tauscht sich");
  }

  @Test
  void everyReplyFitsTheSixHundredCharacterLimit() {
    for (String text : List.of("Was bietet die Bibliothek?", "Digitalisierung Stadtentwicklung Konferenz Kosten",
        "Welche Städte wurden 2019 besucht und was geschah 2020?")) {
      assertThat(engine.answer(Question.of(text)).text().length()).isLessThanOrEqualTo(600);
    }
  }

  @Test
  void oddInputNeverThrows() {
    for (String text : List.of("", "   ", "???", "x".repeat(10_000), "\u0000\uFFFF", "2020 2021 2022 2023")) {
      Answer answer = engine.answer(Question.of(text));
      assertThat(answer.text()).isNotBlank();
    }
  }
}
