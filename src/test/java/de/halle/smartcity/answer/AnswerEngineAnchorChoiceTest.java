package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which release's sentence leads an answer when releases compete: a newer release wins a tie only with a sentence
 * holding what is asked, and a sentence naming all of the question's nouns itself beats one of another release that
 * covers them only through its title.
 */
class AnswerEngineAnchorChoiceTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("marke.md", "linkmo: App, Shuttle und Leihräder der Verkehrsbetriebe in Musterstadt",
          LocalDate.of(2024, 6, 11),
          "linkmo ist die Marke der Verkehrsbetriebe, unter der die Mobilitätsangebote in Musterstadt miteinander "
              + "verknüpft werden.",
          "Die Leihräder von linkmo_bike werden in der linkmo_app angezeigt.",
          "In der linkmo_app kann man Fahrten mit dem linkmo_shuttle buchen.",
          "Die Fahrzeuge des linkmo_shuttle fahren mit Ökostrom."),
      release("stationen.md", "linkmo_stationen: Mobilitätsstationen in Musterstadt", LocalDate.of(2024, 9, 13),
          "Die linkmo_stationen sind Mobilitätsstationen in Musterstadt, an denen Carsharing (linkmo_car), Leihräder "
              + "(linkmo_bike) und E-Scooter (linkmo_roller) gebündelt angeboten werden.",
          "Die linkmo_stationen wurden am 14. September 2024 mit einem Fest am Markt eröffnet."),
      release("amt.md", "Digitales Pflegeamt: Modellprojekt im Fachbereich Pflege und die E-Akte",
          LocalDate.of(2024, 12, 1),
          "Der Fachbereich Pflege der Stadt Musterstadt wurde im Modellprojekt Digitales Pflegeamt digitalisiert.",
          "Für die Digitalisierung des Pflegeamts hat der Bund rund eine Million Euro zugesagt.",
          "Dr. Anna Beispiel ist Amtsärztin und leitet den Fachbereich Pflege der Stadt Musterstadt.",
          "Das Modellprojekt Digitales Pflegeamt dauerte 20 Monate."),
      release("forum.md", "Musterstadt im Gespräch: Forum und Internetseite", LocalDate.of(2024, 3, 7),
          "Beim Forum hat die Stadt Musterstadt ihre neue Internetseite vorgestellt.",
          "Dr. Berta Muster leitet den Fachbereich Wirtschaft, Wissenschaft und Digitalisierung der Stadt "
              + "Musterstadt.",
          "Zum Forum kamen rund 120 Gäste."));

  @Test
  void aNewerReleaseNamingTheThingDoesNotDisplaceTheSentenceSayingWhatItIs() {
    Answer answer = engine.answer(Question.of("Was ist linkmo?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().asString().startsWith("linkmo ist die Marke");
  }

  @Test
  void theSentenceNamingAllNounsBeatsOneOfAnotherReleaseCoveringThemOnlyThroughItsTitle() {
    Answer answer = engine.answer(Question.of("Wer leitet den Fachbereich Digitalisierung?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().asString().startsWith("Dr. Berta Muster");
  }
}
