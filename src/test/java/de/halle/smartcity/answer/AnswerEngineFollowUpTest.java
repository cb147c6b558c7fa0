package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Years a question names, and follow-ups ("Und 2023?", "Und Beheim?") that change the earlier question. */
class AnswerEngineFollowUpTest {

  private static final String VISIT_2019 =
      "Im September 2019 besuchte eine Delegation aus Musterstadt die Städte Nordhafen, Südtal und Westberg.";
  private static final String CONFERENCE_2023 =
      "Die Abschlusskonferenz am 21. und 22. April 2023 fand in der Stadt Osthausen statt.";

  @TempDir
  static Path cache;

  private static AnswerEngine engine;

  @BeforeAll
  static void openEngine() {
    engine = AnswerEngine.open(new KnowledgeSnapshot(List.of(
        release("austausch.md", "Musterstadt im Programm Städte von morgen: Besuche 2019 und Abschlusskonferenz 2023",
            LocalDate.of(2023, 4, 21),
            "Musterstadt nahm an der zweiten Runde des Austauschprogramms Städte von morgen teil.",
            "Besuch in Amerika im September 2019", VISIT_2019,
            "Die Delegation traf dort Vertreter der Wirtschaftsförderung und der Hochschulen.",
            "Abschlusskonferenz im April 2023", CONFERENCE_2023,
            "Für die Reise zur Abschlusskonferenz entstanden der Stadt Musterstadt keine Kosten.")),
        List.of(), Instant.now()), cache, null);
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

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
}
