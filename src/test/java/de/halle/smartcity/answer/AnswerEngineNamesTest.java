package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which name a sentence is about: the question's town, not another one its heading or title names too. */
class AnswerEngineNamesTest {

  private static final String TRIP_COST = "Der Stadt Jestadt entstehen für Reise und Teilnahme keine Kosten.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("strategie.md", "Smart City Musterstadt: Leitbild, Handlungsfelder und Maßnahmen",
          LocalDate.of(2023, 6, 10),
          "Musterstadt ist eine Modellstadt für die digitale Stadtentwicklung.",
          "Musterstadt in Zahlen",
          "Die Plattform Stadtdialog gibt die Fläche von Musterstadt mit 135,03 Quadratkilometern an.",
          "Angaben zur Einwohnerzahl von Musterstadt weichen voneinander ab: Die Plattform Stadtdialog nennt "
              + "238.762 Einwohnerinnen und Einwohner."),
      release("hadorf.md", "Hadorf in Arland: die jüngste Partnerstadt von Musterstadt", LocalDate.of(2025, 9, 16),
          "Hadorf in Arland ist seit 2023 Partnerstadt von Musterstadt.",
          "Unterzeichnung",
          "Die Städtepartnerschaft zwischen Musterstadt und Hadorf wurde am 6. März 2023 unterzeichnet.",
          "Hadorf in Zahlen",
          "Angaben zur Einwohnerzahl von Hadorf weichen voneinander ab: Eine Pressemitteilung der Stadt von 2024 "
              + "nennt für Hadorf rund 122.000 Einwohner, ein Stadtportal nennt 130.000."),
      release("partner.md", "Partnerstädte und befreundete Städte von Musterstadt", LocalDate.of(2024, 9, 16),
          "Musterstadt hat drei Partnerstädte: Aheim, Beheim und Ceheim.",
          "Partnerstädte",
          "- Die Städtepartnerschaft zwischen Musterstadt und Aheim in Finnland besteht seit 1972.",
          "- Die Städtepartnerschaft zwischen Musterstadt und Beheim besteht seit 1987.",
          "- Die Städtepartnerschaft zwischen Musterstadt und Ceheim in Baschkortostan besteht seit 1997.",
          "Einzelheiten zu den Partnerstädten",
          "Die Städtepartnerschaft mit Ceheim wurde 1997 wiederbelebt.",
          "Begegnungen im September 2024",
          "Am 21. September 2024 reisten Schülerinnen und Schüler aus Musterstadt nach Aheim.",
          "Keine Partnerstädte: Dorfen, Efeld und Fehausen",
          "Dorfen, Efeld und Fehausen sind keine Partnerstädte von Musterstadt, sondern waren Partner im "
              + "Austauschprogramm „Städte von morgen“.",
          "Fehausen ist seit dem 28. Mai 2003 Partnerstadt von Gestadt."),
      release("reise.md", "Jestadt reist zur Konferenz nach Iheim", LocalDate.of(2023, 4, 21),
          "Die Stadt Jestadt nimmt an der Abschlusskonferenz des Programms in Iheim teil. " + TRIP_COST
              + " Jestadt hat 51.000 Einwohner."));

  @Test
  void inhabitantsOfTheTownAskedForAreNotThoseOfAPartnerTownWhoseReleaseTitleNamesIt() {
    Answer answer = engine.answer(Question.of("Einwohnerzahl Musterstadt"));

    assertThat(answer.text()).contains("238.762").doesNotContain("Hadorf");
  }

  @Test
  void dateQuestionAboutATownThatIsNoPartnerIsAnsweredByTheSentenceSayingSo() {
    Answer answer = engine.answer(Question.of("Seit wann ist Dorfen Partnerstadt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).containsExactly("Dorfen, Efeld und Fehausen sind keine Partnerstädte von "
        + "Musterstadt, sondern waren Partner im Austauschprogramm „Städte von morgen“.");
  }

  @Test
  void yearAnswersSinceWhenAndNoLineAboutAnotherTownFromAnotherSectionIsQuoted() {
    Answer answer = engine.answer(Question.of("Seit wann ist Ceheim mit Musterstadt verpartnert?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("Ceheim in Baschkortostan besteht seit 1997").doesNotContain("Gestadt");
  }

  @Test
  void costOfTheTripToTheTitlesDestinationIsAnsweredByTheSentenceNamingOnlyTheTravellingTown() {
    Answer answer = engine.answer(Question.of("Was kostete die Reise nach Iheim?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).containsExactly(TRIP_COST);
  }

  @Test
  void inhabitantsOfTheTitlesDestinationAreNotThoseOfTheTravellingTown() {
    Answer answer = engine.answer(Question.of("Wie viele Einwohner hat Iheim?"));

    assertThat(answer.text()).doesNotContain("51.000");
  }

  private static KnowledgeDocument release(String file, String title, LocalDate date, String... paragraphs) {
    return TestReleases.release(file, title, date, paragraphs);
  }
}
