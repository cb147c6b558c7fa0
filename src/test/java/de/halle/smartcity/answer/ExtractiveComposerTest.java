package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractiveComposerTest {

  @Test
  void onlyASentenceStartingWithACapitalAndEndingWithAFullStopIsComplete() {
    assertThat(ExtractiveComposer.complete("Der Antrag ist kostenlos.")).isTrue();
    assertThat(ExtractiveComposer.complete("Wer bekommt Wohngeld?")).isTrue();
    assertThat(ExtractiveComposer.complete("Sie sagte: „Das passt.“")).isTrue();
    assertThat(ExtractiveComposer.complete("bei der Anmeldung zum Integrationskurs.")).isFalse();
    assertThat(ExtractiveComposer.complete("Bitte bringen Sie folgende Unterlagen mit:")).isFalse();
    assertThat(ExtractiveComposer.complete("Kontaktstelle für Selbsthilfegruppen")).isFalse();
    assertThat(ExtractiveComposer.complete("")).isFalse();
  }

  @Test
  void anotherReleasesSentenceIsQuotedOnItsOwnLineInTheQuestionsLanguage() {
    assertThat(ExtractiveComposer.otherReleaseLine("Er ist kostenlos.", "de")).isEqualTo("Außerdem: Er ist kostenlos.");
    assertThat(ExtractiveComposer.otherReleaseLine("Er ist kostenlos.", "en")).isEqualTo("Also: Er ist kostenlos.");
  }

  @Test
  void neighbourWithoutAQuestionWordIsLeftOutWhenTheAnchorCoversTheWholeQuestion() {
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, false), neighbour(false, true, false, false)))
        .isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, false), neighbour(true, true, false, false)))
        .isTrue();
  }

  @Test
  void neighbourWithoutTheKindOfFactAskedForIsLeftOutWhenTheAnchorCoversTheWholeQuestion() {
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, false), neighbour(true, false, false, false)))
        .isFalse();
  }

  @Test
  void neighbourMayCarryWhatAnAnchorCoveringPartOfTheQuestionMisses() {
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), neighbour(false, false, false, false)))
        .isTrue();
  }

  @Test
  void neighbourFurtherOnSharingNoQuestionWordWithAnAnchorCoveringPartOfTheQuestionIsLeftOut() {
    // "Zeigt die App an, wie voll der Bus ist?": "Anna Muster leitet Smart City Musterstadt." a few sentences after the
    // bus sentence
    ExtractiveComposer.Neighbour unrelated =
        new ExtractiveComposer.Neighbour(false, true, false, false, false, false, true, false, false, false);
    ExtractiveComposer.Neighbour connected =
        new ExtractiveComposer.Neighbour(false, true, false, false, false, false, true, false, false, true);
    ExtractiveComposer.Neighbour addingWord =
        new ExtractiveComposer.Neighbour(false, true, false, false, false, true, true, false, false, false);
    ExtractiveComposer.Neighbour introducing =
        new ExtractiveComposer.Neighbour(false, true, false, true, false, false, true, false, false, false);

    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), unrelated)).isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), connected)).isTrue();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), addingWord)).isTrue();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), introducing)).isTrue();
  }

  @Test
  void anchorNamingInstancesOfTheAskedClassCoversTheQuestionSoANeighbourWithoutAQuestionWordIsLeftOut() {
    // "Welche Geräte gibt es im Makerspace?" answered by "Im Makerspace gibt es 3D-Drucker und einen Lasercutter."
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.5, 1.0, false), neighbour(false, true, false, false)))
        .isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.5, 0.8, false), neighbour(false, true, false, false)))
        .isTrue();
  }

  @Test
  void neighbourNotNamingTheClassNounTheAnchorNamesIsLeftOut() {
    // "Welche Agentur hat HAL-Plan entwickelt?": the anchor names "Agentur", the neighbour only "HAL-Plan"
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, true), neighbour(true, true, false, false)))
        .isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, true), neighbour(true, true, true, false)))
        .isTrue();
  }

  @Test
  void labelIntroducingTheNextLineJoinsAnAnchorThatMissesTheClassNoun() {
    // "Für welche Personengruppe übernimmt die Stadt die Kosten?": "Für wen:" introduces the group
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.7, 1.0, false), neighbour(false, true, false, true)))
        .isTrue();
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, true), neighbour(false, true, false, true)))
        .isFalse();
  }

  @Test
  void neighbourFromAnotherSectionSharingOnlyACommonQuestionWordIsLeftOut() {
    // "Ist Dorfen eine Partnerstadt von Musterstadt?": the school trip under "Begegnungen" names only "Musterstadt"
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, false), otherSection(false, false))).isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), otherSection(false, false))).isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), neighbour(true, true, false, false)))
        .isTrue();
  }

  @Test
  void neighbourFromAnotherSectionJoinsWhenItNamesTheAnchorsSubjectOrWhatTheAnchorMisses() {
    assertThat(ExtractiveComposer.neighbourHelps(reach(1.0, 1.0, false), otherSection(true, false))).isTrue();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), otherSection(false, true))).isTrue();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.4, true), otherSection(false, true))).isTrue();
  }

  @Test
  void neighbourFromTheLeadNamingTheAnchorsSubjectJoinsEvenWhenTheAnchorAnswers() {
    ExtractiveComposer.Neighbour lead =
        new ExtractiveComposer.Neighbour(true, true, false, false, true, false, false, true, false, true);

    assertThat(ExtractiveComposer.neighbourHelps(leadReach(1.0, 1.0, false), lead)).isTrue();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.4, true), lead)).isTrue();
  }

  @Test
  void neighbourFromAnotherSectionNamingOnlyTheSubjectIsLeftOutWhenTheLeadAnswersOrTheAnchorNamesTheClass() {
    // "Wie viel Geld bekommt Musterstadt?": the lead's total answers; the sum of one project under its own heading
    // does not
    assertThat(ExtractiveComposer.neighbourHelps(leadReach(1.0, 1.0, false), otherSection(true, false))).isFalse();
    // "Welche Firmen haben das Amt digitalisiert?": the anchor names the firms; a count of offices elsewhere does not
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.4, true), otherSection(true, false))).isFalse();
  }

  @Test
  void neighbourFromAnotherSectionNamingTheClassNounTooJoinsAnAnchorNamingIt() {
    // "Welche Methoden gibt es?": "Zum Beispiel Methoden mit Hormonen." under another heading
    ExtractiveComposer.Neighbour namingClass =
        new ExtractiveComposer.Neighbour(true, true, true, false, true, false, false, false, false, true);

    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.4, true), namingClass)).isTrue();
  }

  @Test
  void neighbourFromAnotherSectionNamingAnotherNameInsteadOfTheAnchorsSubjectNeverHelps() {
    // "Seit wann ist Ceheim Partnerstadt?": "Fehausen ist seit dem 28. Mai 2003 Partnerstadt von Gestadt."
    ExtractiveComposer.Neighbour otherName =
        new ExtractiveComposer.Neighbour(true, true, false, false, false, true, false, false, true, true);
    ExtractiveComposer.Neighbour sameNeighbourWithoutIt =
        new ExtractiveComposer.Neighbour(true, true, false, false, false, true, false, false, false, true);

    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), otherName)).isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(reach(0.6, 0.6, false), sameNeighbourWithoutIt)).isTrue();
  }

  @Test
  void besideAnAnchorDenyingAQuestionNounANeighbourFromAnotherSectionJoinsOnlyFromTheLead() {
    // "Aheim ist keine Partnerstadt …" for "Seit wann ist Aheim Partnerstadt?": the sentence before it under another
    // heading, adding a date ("Mit Beheim pflegt Musterstadt seit 1990 eine Städtefreundschaft."), is about Beheim;
    // the lead "Musterstadt hat drei Partnerstädte: …" states what the denial sets apart.
    ExtractiveComposer.Neighbour before =
        new ExtractiveComposer.Neighbour(true, true, false, false, true, true, false, false, false, true);
    ExtractiveComposer.Neighbour lead =
        new ExtractiveComposer.Neighbour(true, true, false, false, true, false, false, true, false, true);
    ExtractiveComposer.AnchorReach denying = new ExtractiveComposer.AnchorReach(0.5, 0.5, false, false, true);

    assertThat(ExtractiveComposer.neighbourHelps(reach(0.5, 0.5, false), before)).isTrue();
    assertThat(ExtractiveComposer.neighbourHelps(denying, before)).isFalse();
    assertThat(ExtractiveComposer.neighbourHelps(denying, lead)).isTrue();
  }

  private static ExtractiveComposer.Neighbour otherSection(boolean namesSubject, boolean addsWord) {
    return new ExtractiveComposer.Neighbour(true, true, false, false, namesSubject, addsWord, false, false, false, true);
  }

  private static ExtractiveComposer.AnchorReach reach(double coverage, double besideClass, boolean namesClass) {
    return new ExtractiveComposer.AnchorReach(coverage, besideClass, namesClass, false, false);
  }

  private static ExtractiveComposer.AnchorReach leadReach(double coverage, double besideClass, boolean namesClass) {
    return new ExtractiveComposer.AnchorReach(coverage, besideClass, namesClass, true, false);
  }

  private static ExtractiveComposer.Neighbour neighbour(boolean holdsQuestionWord, boolean holdsAskedFact,
      boolean namesClass, boolean introduces) {
    return new ExtractiveComposer.Neighbour(holdsQuestionWord, holdsAskedFact, namesClass, introduces, true, false, true,
        false, false, true);
  }
}
