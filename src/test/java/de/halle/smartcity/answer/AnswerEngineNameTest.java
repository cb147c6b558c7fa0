package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Wie heißt …?" prefers a sentence naming something by its name to one that only names its owner. */
class AnswerEngineNameTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("mobil.md", "Mustermobil: App, Shuttle und Leihräder der Musterbahn in Musterstadt",
          LocalDate.of(2024, 6, 11),
          "Mustermobil ist die Marke der Musterbahn, unter der die Mobilitätsangebote in Musterstadt miteinander "
              + "verknüpft werden.",
          "Die Marke Mustermobil ist im Projekt LandStadt der Musterbahn entstanden.",
          "Mustermobil_app",
          "Die Mustermobil_app bietet Fahrplanauskunft und Fahrkarten für das gesamte Verbundgebiet.",
          "In der Mustermobil_app kann man Fahrten mit dem Mustermobil_shuttle buchen und Abonnements verwalten.",
          "Zur reinen Information kann man die Mustermobil_app ohne Registrierung nutzen.",
          "Mustermobil_shuttle",
          "Der Mustermobil_shuttle ist täglich von 5:00 bis 24:00 Uhr unterwegs."));

  @Test
  void aNameQuestionIsAnsweredWithTheSentenceNamingTheThingAsked() {
    Answer answer = engine.answer(Question.of("Wie heißt die App der Musterbahn?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().asString().contains("Mustermobil_app");
    assertThat(answer.evidence()).noneMatch(sentence -> sentence.contains("Marke"));
  }
}
