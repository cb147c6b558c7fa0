package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A synonym of a question word also counts as the last part of a word, which names a kind of it: a street name such as
 * "Anna-Seghers-Straße" or "Gartenstraße" says where; and "Runde" (a round) is no "rund" (about) before a number.
 */
class AnswerEngineQuestionWordHeadsTest {

  private static final String AREA = "Der Rufbus Musterbus fährt seit Mai 2023 im Lindenviertel und in Nordstadt.";
  private static final String STREETS =
      "Im Juni 2024 wurde das Gebiet des Musterbus um die Anna-Seghers-Straße und die Gartenstraße erweitert.";
  private static final String BOOKING =
      "In der Musterapp kann man Fahrten mit dem Musterbus buchen, Abonnements verwalten und Tickets kaufen.";
  private static final String CITIES = "Am Programm Musteraustausch sollten 40 Fachleute aus 8 Städten teilnehmen.";
  private static final String ROUND =
      "In jeder Runde sollten je Land drei Teilnehmende aus jeder von drei Städten ausgewählt werden.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("musterbus.md", "Musterbus und Musterapp", LocalDate.of(2024, 6, 11),
          "Die Musterapp bietet Fahrplanauskunft und Tickets für die ganze Region.",
          BOOKING,
          "Die Musterapp kann man ohne Registrierung nutzen.",
          "## Musterbus",
          AREA,
          STREETS,
          "Fahrten mit dem Musterbus kann man bis zu 24 Stunden im Voraus buchen."),
      release("austausch.md", "Musteraustausch: ein Austauschprogramm", LocalDate.of(2023, 4, 22),
          "Der Musteraustausch ist ein Austauschprogramm zwischen deutschen und französischen Städten.",
          "## Aufbau",
          "Das Programm Musteraustausch lief von 2019 bis 2023.",
          CITIES,
          "Im Programm Musteraustausch wurden Städte einander paarweise zugeordnet, statt Rundreisen zu machen.",
          "Das Programm Musteraustausch bestand aus vier Runden mit gegenseitigen Besuchen.",
          ROUND));

  @Test
  void aWhereQuestionFindsTheSentenceBesideStreetNames() {
    Answer answer = engine.answer(Question.of("Wo fährt der Musterbus?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(AREA).doesNotContain(BOOKING);
    assertThat(answer.text()).startsWith(AREA);
  }

  @Test
  void aHowManyQuestionIsNotAnsweredByARoundOfTheProgramme() {
    Answer answer = engine.answer(Question.of("Wie viele Städte waren im Musteraustausch?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains(CITIES).doesNotContain(ROUND);
  }
}
