package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class InstanceListTest {

  private final InstanceList instanceList = InstanceList.load();

  private Predicate<String> of(String question) {
    return instanceList.of(question, QuestionWords.askedClass(question));
  }

  @Test
  void aSentenceListingNamesAfterTheClassNounListsInstances() {
    Predicate<String> lists = of("Welche Orte wurden besucht?");

    assertThat(lists).accepts("Die Orte der zweiten Runde waren Aheim, Beheim und Zeheim.",
        "Fachleute aus Xdorf besuchten die Partnerorte Aheim, Beheim und Zeheim.",
        "Gäste kamen aus drei Orten: Aheim, Beheim und Zeheim.");
  }

  @Test
  void nounPhrasesWithArticlesCountAsInstances() {
    assertThat(of("Welche Maßnahmen gibt es?"))
        .accepts("Die drei Maßnahmen sind der Stadtplan AlphaPlan, die Leseinitiative „Lies mit“ und der Bürgerbus.");
  }

  @Test
  void aSentenceOnlyRepeatingTheClassNounListsNone() {
    Predicate<String> lists = of("Welche Orte wurden besucht?");

    assertThat(lists).rejects("Im Programm wurden jeweils musterländische und beispielländische Orte einander "
            + "zugeordnet, statt Rundreisen durch viele Orte zu machen.",
        "Aus jedem von drei Orten sollten drei Teilnehmende ausgewählt werden, dazu möglichst vier Vertreter und "
            + "Vertreterinnen des Landes.",
        "Aheim, Beheim und Zeheim liegen im Norden.");
  }

  @Test
  void aListAfterTheSingularNounIsNoListOfTheAskedPlural() {
    assertThat(of("Welche Orte wurden besucht?"))
        .rejects("Die Mitteilungen der Stadt Xdorf nennen: Aheim, Beheim und Zeheim.");
    assertThat(of("Welche Städte wurden besucht?"))
        .rejects("Die Mitteilungen der Stadt sind Programmpartner: Aheim, Beheim und Zeheim.");
  }

  @Test
  void wasSindDieAsksForTheMembersOfTheNounAfterIt() {
    assertThat(of("Was sind die Handlungsfelder der Strategie?"))
        .accepts("Die Strategie hat vier Handlungsfelder: Handel, Schule, Verkehr und Rathaus.");
  }

  @Test
  void aQuestionWithoutClassNounListsNothing() {
    assertThat(of("Was kostet die Fahrt?")).rejects("Die Orte sind Aheim, Beheim und Zeheim.");
  }
}
