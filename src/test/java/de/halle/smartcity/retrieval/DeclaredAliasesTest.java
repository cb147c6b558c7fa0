package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredAliasesTest {

  private static final List<String> RELEASE = List.of(
      "Der Fachbereich Kultur der Stadt Musterstadt (Saalau), das Kulturamt, zieht im Mai um.",
      "Die Bibliothek (Stadtbibliothek) und der Fachbereich Sport (Sportamt) bleiben geöffnet.",
      "Ab Juni entfallen die Sprechzeiten im Fachbereich Kultur.");

  private final GermanAnalysis analysis = new GermanAnalysis(LanguageResources.load(null),
      GermanAnalysis.surfaceWords(String.join(" ", RELEASE) + " Amt Kultur Sport Bibliothek Stadt"));

  @Test
  void appositionBetweenCommasDeclaresAnAlias() {
    assertThat(DeclaredAliases.in(RELEASE.get(0))).containsExactly("Kulturamt");
  }

  @Test
  void nameInParenthesesSharingAPartWithTheNameBeforeItDeclaresAnAlias() {
    assertThat(DeclaredAliases.in(RELEASE.get(1))).containsExactly("Stadtbibliothek", "Sportamt");
  }

  @Test
  void placeInParenthesesAfterANameIsNoAlias() {
    assertThat(DeclaredAliases.in("Die Stadt Musterstadt (Saalau) wächst.")).isEmpty();
  }

  @Test
  void listItemsAfterCommasAreNoAliases() {
    assertThat(DeclaredAliases.in("Es laden die Stadtwerke, die Universität, die Hochschule und der Zoo ein.")).isEmpty();
    assertThat(DeclaredAliases.in("Es laden die Stadtwerke, die Universität, und der Zoo ein.")).isEmpty();
  }

  @Test
  void relativeClauseIsNoAlias() {
    assertThat(DeclaredAliases.in("Der Bus, der morgens fährt, ist voll.")).isEmpty();
  }

  @Test
  void aliasCountsFromTheDeclaringSentenceOn() {
    DeclaredAliases aliases = DeclaredAliases.of(RELEASE, analysis);
    long alias = TermSet.hash(analysis.indexTerms("Kulturamt").get(0));
    long later = TermSet.hash(analysis.indexTerms("Sportamt").get(0));

    assertThat(aliases.holds(2, alias, false)).isTrue();
    assertThat(aliases.holds(0, alias, true)).isTrue();
    assertThat(aliases.holds(0, later, false)).isFalse();
    assertThat(aliases.holds(1, later, false)).isTrue();
  }

  @Test
  void releaseWithoutAliasesHoldsNothing() {
    DeclaredAliases aliases = DeclaredAliases.of(List.of("Der Zoo öffnet im Mai."), analysis);

    assertThat(aliases.holds(0, TermSet.hash("zoo"), false)).isFalse();
  }
}
