package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A name a release declares equal to another one it uses counts as named by its later sentences. */
class AnswerEngineAliasTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("umzug.md", "Fachbereich Kultur: Umzug an einen neuen Standort", LocalDate.of(2025, 3, 1),
          "Der Fachbereich Kultur (Kulturamt) der Stadt Musterstadt sollte im Mai an einen neuen Standort umziehen.",
          "Wegen der Umzugsvorbereitungen entfielen ab dem 3. April die offenen Sprechstunden im Fachbereich Kultur."),
      release("radverkehr.md", "Radverkehr in Musterstadt", LocalDate.of(2025, 2, 1),
          "Musterstadt baut neue Radwege an der Hauptstraße.",
          "Die Radwege sollen im Sommer fertig sein."));

  @Test
  void questionNamingTheDeclaredAliasIsAnsweredBySentencesNamingTheOtherName() {
    Answer answer = engine.answer(Question.of("Gibt es offene Sprechstunden im Kulturamt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("offenen Sprechstunden");
  }

  @Test
  void aliasOfOneReleaseDoesNotCoverAnotherRelease() {
    Answer answer = engine.answer(Question.of("Baut das Kulturamt neue Radwege?"));

    assertThat(answer.text()).doesNotContain("Radwege an der Hauptstraße");
  }
}
