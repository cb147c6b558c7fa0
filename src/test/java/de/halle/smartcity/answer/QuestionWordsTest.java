package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionWordsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Wann ist der nächste Digitaltag? | true",
      "Wann findet das kommende Forum statt? | true",
      "An welchem Tag ist die nächste Sprechstunde? | true",
      "Wann ist wieder Digitaltag? | true",
      "Wann war der Digitaltag? | false",
      "Wann wurde das Zentrum wieder eröffnet? | false",
      "In welcher App sehe ich, wie voll die nächste Straßenbahn ist? | false",
      "Wie viele Fahrgäste passen in die nächste Bahn? | false"})
  void aDateQuestionWithAWordForTheNextOneAsksForAComingOccurrence(String question, boolean upcoming) {
    assertThat(QuestionWords.asksUpcoming(AskedType.of(question), question)).isEqualTo(upcoming);
  }

  @Test
  void theNounAfterMitWelcherNamesTheMeansOfAWayNotTheClassOfTheAnswer() {
    String way = "Mit welcher Straßenbahn komme ich zum Amt?";
    String instance = "Welche amerikanischen Städte besuchten sie?";

    assertThat(QuestionWords.answerClass(AskedType.of(way), way)).isEqualTo(-1);
    assertThat(QuestionWords.answerClass(AskedType.of(instance), instance)).isEqualTo(2);
  }

  @Test
  void welcheQuestionAsksForAnInstanceOfTheNounAfterIt() {
    assertThat(QuestionWords.askedClass("Welche amerikanischen Städte besuchten sie?")).isEqualTo(2);
    assertThat(QuestionWords.askedClass("Zu welchen Uhrzeiten fährt der Bus?")).isEqualTo(2);
    assertThat(QuestionWords.askedClass("Wer leitet das Projekt?")).isEqualTo(-1);
  }

  @Test
  void onlyTheWordsAskingForAComingOccurrenceOfADateQuestionAreUpcoming() {
    String next = "Wann ist der nächste Digitaltag?";
    String bus = "Wie viele Fahrgäste passen in die nächste Bahn?";

    assertThat(QuestionWords.upcoming(AskedType.of(next), next)).containsExactly(3);
    assertThat(QuestionWords.upcoming(AskedType.of(bus), bus)).isEmpty();
  }

  @Test
  void aQuestionsWordsAreLowerCaseWithoutPunctuation() {
    assertThat(QuestionWords.of("Wer leitet das Projekt „Muster“?")).containsExactlyInAnyOrder("wer", "leitet", "das",
        "projekt", "muster");
  }
}
