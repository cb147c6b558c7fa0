package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Years a question names, and follow-ups ("Und 2023?", "Und Beheim?") that change the earlier question. */
class AnswerEngineFollowUpTest {

  private static final String VISIT_2019 =
      "Im September 2019 besuchte eine Delegation aus Musterstadt die Städte Nordhafen, Südtal und Westberg.";
  private static final String CONFERENCE_2023 =
      "Die Abschlusskonferenz am 21. und 22. April 2023 fand in der Stadt Osthausen statt.";

  private static final String DEHEIM_INHABITANTS = "Die Stadt Deheim hat rund 122.000 Einwohner.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("austausch.md", "Musterstadt im Programm Städte von morgen: Besuche 2019 und Abschlusskonferenz 2023",
          LocalDate.of(2023, 4, 21),
          "Musterstadt nahm an der zweiten Runde des Austauschprogramms Städte von morgen teil.",
          "Besuch in Amerika im September 2019", VISIT_2019,
          "Die Delegation traf dort Vertreter der Wirtschaftsförderung und der Hochschulen.",
          "Abschlusskonferenz im April 2023", CONFERENCE_2023,
          "Für die Reise zur Abschlusskonferenz entstanden der Stadt Musterstadt keine Kosten."),
      release("partner.md", "Partnerstädte und befreundete Städte von Musterstadt", LocalDate.of(2024, 9, 16),
          "Musterstadt hat vier Partnerstädte: Aheim, Beheim, Ceheim und Deheim.",
          "Partnerstädte",
          "Die Städtepartnerschaft zwischen Musterstadt und Aheim besteht seit 1972.",
          "Die Städtepartnerschaft zwischen Musterstadt und Beheim besteht seit 1975.",
          "Die Städtepartnerschaft zwischen Musterstadt und Ceheim besteht seit 2011.",
          "Die Städtepartnerschaft zwischen Musterstadt und Deheim besteht seit 2023.",
          "Einzelheiten zu den Partnerstädten: Aheim hat mehr als 200.000 Einwohner."),
      release("deheim.md", "Deheim wird Partnerstadt von Musterstadt", LocalDate.of(2023, 3, 7),
          "Die Städtepartnerschaft mit Deheim wurde am 6. März 2023 per Videokonferenz unterzeichnet.",
          "Der Stadtrat von Musterstadt hatte der Partnerschaft mit Deheim im Mai 2020 zugestimmt.",
          "Deheim in Zahlen", DEHEIM_INHABITANTS),
      release("ceheim.md", "Ceheim ist Partnerstadt von Musterstadt", LocalDate.of(2022, 6, 1),
          "Die Städtepartnerschaft mit Ceheim unterzeichneten im Oktober 2011 die Bürgermeister beider Städte.",
          "Eine Delegation aus Ceheim besuchte Musterstadt im Juni 2022."));

  @Test
  void aYearOnlyTheTitleNamesBesideTheSentencesOwnYearDoesNotMakeTheSentenceAnAnswerAboutIt() {
    Answer answer = engine.answer(Question.of("Welche Städte wurden 2023 besucht?"));

    assertThat(answer.evidence()).doesNotContain(VISIT_2019);
    assertThat(answer.evidence()).allMatch(sentence -> sentence.contains("2023"));
  }

  @Test
  void theSentenceNamingTheAskedYearAnswersWhileTheTitleNamesBothYears() {
    assertThat(engine.answer(Question.of("Welche Städte wurden 2019 besucht?")).evidence()).contains(VISIT_2019);
  }

  @Test
  void aFollowUpNamingAnotherYearIsNotAnsweredWithTheSentenceAboutTheEarlierYear() {
    Answer answer = engine.answer(new Question("Und 2023?", List.of("Welche Städte wurden 2019 besucht?")));

    assertThat(answer.evidence()).doesNotContain(VISIT_2019);
    assertThat(answer.evidence()).allMatch(sentence -> sentence.contains("2023"));
  }

  @Test
  void aFollowUpNamingAnotherNameAsksTheEarlierQuestionAboutItAndQuotesNothingAboutTheEarlierName() {
    Answer answer =
        engine.answer(new Question("Und Beheim?", List.of("Seit wann ist Aheim Partnerstadt von Musterstadt?")));

    assertThat(answer.evidence()).contains("Die Städtepartnerschaft zwischen Musterstadt und Beheim besteht seit 1975.")
        .noneMatch(sentence -> sentence.contains("Aheim"));
  }

  @Test
  void aFollowUpNameReplacesTheEarlierNameNotACommonNounRarerInTheReleasesAndIsAnsweredFromAnotherRelease() {
    Answer answer = engine.answer(new Question("Und Deheim?", List.of("Wie viele Einwohner hat Aheim?")));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).containsExactly(DEHEIM_INHABITANTS);
  }

  @Test
  void aFollowUpNamingAnotherNameIsNotHeldToTheReleaseOfThePreviousAnswerWhenThatNeverNamesIt() {
    Answer answer = engine.answer(
        new Question("Und mit Ceheim?", List.of("Wann wurde die Partnerschaft mit Deheim unterschrieben?")));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.sources()).extracting(Source::file).startsWith("ceheim.md").doesNotContain("deheim.md");
    assertThat(answer.evidence()).anyMatch(sentence -> sentence.contains("Oktober 2011"));
  }

  @Test
  void aShortQuestionReferringBackWithAPronounIsAnsweredAsAFollowUp() {
    Answer answer = engine.answer(new Question("Wo war sie?", List.of("Wann war die Abschlusskonferenz?")));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(CONFERENCE_2023);
  }
}
