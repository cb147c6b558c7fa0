package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Places named by a name, not a building or an address: "Wo liegt Aheim?" needs a sentence placing Aheim ("Aheim in
 * Musterland …"), and a keyword message asking where an event took place ("Messe Ort") is answered by "auf der Messe
 * in Zeheim", while the home town every release names ("in Musterstadt") tells no place.
 */
class AnswerEnginePlaceNameTest {

  private static final String FAIR = "Auf der Baumesse 2025 in Zeheim vom 6. bis 8. Oktober 2025 trat die Stadt Musterstadt (Elbe) gemeinsam mit dem Musterbund auf.";
  private static final String FORUM = "Beim zweiten Musterforum im MZH hat die Stadt Musterstadt (Elbe) ihre neue Internetseite vorgestellt.";
  private static final String PARTNER = "Aheim in Musterland ist seit 2023 Partnerstadt von Musterstadt (Elbe).";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("messe.md", "Musterstadt auf der Baumesse", LocalDate.of(2025, 10, 6),
          "Auf dem Gemeinschaftsstand der Region waren auf der Baumesse 2025 insgesamt 27 Aussteller vertreten.", FAIR),
      release("forum.md", "Musterforum und Internetseite von Musterstadt", LocalDate.of(2024, 3, 7), FORUM,
          "Zum zweiten Musterforum kamen rund 120 Gäste."),
      release("aheim.md", "Aheim: die jüngste Partnerstadt von Musterstadt", LocalDate.of(2024, 9, 16), PARTNER,
          "Eine Pressemitteilung der Stadt Musterstadt (Elbe) nennt für Aheim rund 120.000 Einwohner."),
      release("reise.md", "Musterstadt auf der Konferenz", LocalDate.of(2023, 4, 21),
          "Für Reise und Teilnahme an der Konferenz entstanden der Stadt Musterstadt (Elbe) keine Kosten."),
      release("park.md", "Der Sonnenpark in Musterstadt", LocalDate.of(2021, 1, 31),
          "Der Sonnenpark der Stadt Musterstadt (Elbe) ist 120 Hektar groß.",
          "Der Sonnenpark liegt an der Autobahn A9."),
      release("schule.md", "Schulen in Musterstadt", LocalDate.of(2022, 1, 1),
          "Die Stadt Musterstadt (Elbe) hat 40 Schulen."));

  @Test
  void aPlaceKeywordIsAnsweredByTheTownAnEventTookPlaceIn() {
    Answer answer = engine.answer(Question.of("Baumesse Ort"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence().get(0)).isEqualTo(FAIR);
  }

  @Test
  void aPlaceKeywordIsAnsweredByAnAbbreviatedPlace() {
    Answer answer = engine.answer(Question.of("Musterforum Ort"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence().get(0)).isEqualTo(FORUM);
  }

  @Test
  void aWhereQuestionAboutATownIsAnsweredByTheSentencePlacingIt() {
    Answer answer = engine.answer(Question.of("Wo liegt Aheim?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence().get(0)).isEqualTo(PARTNER);
  }

  @Test
  void aWhereQuestionAboutTheHomeTownIsDeclinedWhenNoSentencePlacesIt() {
    Answer answer = engine.answer(Question.of("Wo liegt Musterstadt (Elbe)?"));

    assertThat(answer.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
  }
}
