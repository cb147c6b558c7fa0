package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Wer steckt hinter …?", "Von wem ist …?" ask for an organiser: a sentence naming the thing as someone's ("… ist ein
 * Austauschprogramm des Musterbunds") answers, a sentence only naming the thing does not; so do "Wer organisiert …?"
 * and "Wer veranstaltet …?", whose verb the answer need not repeat. A sentence naming the thing answers with the next
 * one when that one refers back to it in another word and names the organiser ("Die Reihe wird vom … organisiert").
 */
class AnswerEngineOrganiserTest {

  private static final String OWNER = "„Musterbrücken“ ist ein Austauschprogramm des Musterbunds für Städte in Europa.";
  private static final String LESEN =
      "Die Stadtbibliothek Aheim lädt im Juli zum Lesefest „Sommerworte“ mit sechs Lesungen im Stadtpark ein.";
  private static final String SERIES = "Die Veranstaltungsreihe wird vom Literaturverein Aheim organisiert.";
  private static final String MARKET = "Der Bauernmarkt in Zeheim findet jeden Samstag auf dem Kirchplatz statt.";
  private static final String VISIT = "Im Austauschprogramm Musterbrücken besuchten Gäste aus Aheim die Stadt Beheim.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("programm.md", "Musterbrücken: ein Austauschprogramm", LocalDate.of(2024, 3, 4),
          VISIT, OWNER, "Die Gäste blieben eine Woche in Beheim."),
      release("fest.md", "Das Sommerfest in Beheim", LocalDate.of(2024, 6, 1),
          "Das Sommerfest in Beheim hatte 2024 rund 3000 Gäste.", "Es gab Musik auf zwei Bühnen."),
      release("lesung.md", "Lesungen im Sommer", LocalDate.of(2024, 5, 2),
          LESEN, SERIES, "Der Eintritt zu den Lesungen ist frei."),
      release("markt.md", "Der Bauernmarkt in Zeheim", LocalDate.of(2024, 5, 3),
          MARKET, "Die Händler kommen aus der Region."));

  @Test
  void aQuestionWhoIsBehindSomethingIsAnsweredByTheSentenceNamingItAsSomeones() {
    Answer answer = engine.answer(Question.of("Wer steckt hinter dem Austauschprogramm?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(OWNER);
  }

  @Test
  void vonWemIstAsksForTheOrganiserToo() {
    Answer answer = engine.answer(Question.of("Von wem ist das Austauschprogramm Musterbrücken?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(OWNER);
  }

  @Test
  void aQuestionForTheOrganiserIsDeclinedWhereNoSentenceNamesOne() {
    Answer answer = engine.answer(Question.of("Von wem ist das Sommerfest in Beheim?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
  }

  @Test
  void werOrganisiertIsAnsweredByTheSentenceNamingTheThingAsSomeonesWithoutTheVerb() {
    Answer answer = engine.answer(Question.of("Wer organisiert das Austauschprogramm?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(OWNER);
  }

  @Test
  void theNextSentenceReferringBackInAnotherWordAndNamingTheOrganiserIsQuotedWithTheSentenceNamingTheThing() {
    Answer answer = engine.answer(Question.of("Wer veranstaltet das Lesefest?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).containsExactly(LESEN, SERIES);
  }

  @Test
  void aQuestionWhoOrganisesSomethingIsDeclinedWhereNoSentenceNamesItsOrganiser() {
    Answer answer = engine.answer(Question.of("Wer organisiert den Bauernmarkt in Zeheim?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.DECLINED);
  }
}
