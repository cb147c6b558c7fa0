package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A "wo" question (or a keyword message asking for a place) about one subject of a release with two is not answered by
 * the place of the other one: under a heading naming the other subject, a sentence naming only that one says where that
 * one is. Nor is a question asking for a value (a count, an amount, a date) answered by the other one's.
 */
class AnswerEngineOtherSubjectPlaceTest {

  private static final String PARK_PLACE = "Der Musterpark ist 20 Hektar groß und liegt im Osten von Beheim.";
  private static final String PARK_STAFF = "Im Musterpark arbeiten 900 Menschen.";

  /** The project's releases: the one on rental bikes says how to book them in a section about its app. */
  @RegisterExtension
  static final EngineFixture project = EngineFixture.ofFolder(Path.of("knowledge"), Path.of("knowledge/synonyms.txt"));

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("bund.md", "Musterbund und Musterpark: Wirtschaft in Beheim", LocalDate.of(2023, 4, 1),
          "## Der Musterbund",
          "Der Musterbund fördert die Wirtschaft.",
          "Vorsitzende des Musterbunds ist Anna Beispiel.",
          "## Der Musterpark",
          PARK_PLACE,
          PARK_STAFF));

  @Test
  void aWhereQuestionAboutOneSubjectIsNotAnsweredByThePlaceOfTheOther() {
    Answer answer = engine.answer(Question.of("Wo sitzt der Musterbund?"));

    assertThat(answer.text()).doesNotContain(PARK_PLACE);
  }

  /** A keyword message asking for a place ("… Adresse", {@link KeywordFacts}) asks where, too. */
  @Test
  void aKeywordMessageAskingForTheAddressOfOneSubjectIsNotAnsweredByThePlaceOfTheOther() {
    Answer answer = engine.answer(Question.of("Musterbund Adresse"));

    assertThat(answer.text()).doesNotContain(PARK_PLACE);
  }

  @Test
  void aWhereQuestionAboutTheOtherSubjectIsAnsweredByItsPlace() {
    Answer answer = engine.answer(Question.of("Wo liegt der Musterpark?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(PARK_PLACE);
  }

  @Test
  void aCountQuestionAboutOneSubjectIsNotAnsweredByTheCountOfTheOther() {
    Answer answer = engine.answer(Question.of("Wie viele Menschen arbeiten beim Musterbund?"));

    assertThat(answer.text()).doesNotContain(PARK_STAFF);
  }

  @Test
  void aCountQuestionAboutTheOtherSubjectIsAnsweredByItsCount() {
    Answer answer = engine.answer(Question.of("Wie viele Menschen arbeiten im Musterpark?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).startsWith(PARK_STAFF);
  }

  /**
   * "in Halle" names the city every release's title names; the section on the bikes' app names the other noun the
   * title names ("Leihräder"), so it is about the question's subject.
   */
  @Test
  void aSectionNamingOneOfTheNounsTheTitleNamesIsAboutTheQuestionsSubject() {
    Answer answer = project.answer(Question.of("Wo kann ich in Halle ein Rad mieten?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().asString().contains("Leihräder");
  }
}
