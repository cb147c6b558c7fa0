package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownVerbsTest {

  @Test
  void theLowerCaseWordsInNOfTheThesaurusAreVerbsFoldedLikeTerms() {
    KnownVerbs verbs = KnownVerbs.of(List.of("# a comment=x", "fördern=ford;unterstützen=unterstutz",
        "Gesellschaft=gesellschaft;Verein=verein;Ordnen=ordn"), List.of());

    assertThat(verbs.hasStem("forder")).isTrue();
    assertThat(verbs.hasStem("unterstutz")).isTrue();
    assertThat(verbs.hasStem("sellschaf")).isFalse();
    assertThat(verbs.hasStem("verei")).isFalse();
    assertThat(verbs.hasStem("ordn")).isFalse();
  }

  @Test
  void theBundledThesaurusKnowsCommonVerbsAndNoNounsMiddles() {
    KnownVerbs verbs = KnownVerbs.bundled();

    assertThat(verbs.hasStem("plan")).isTrue();
    assertThat(verbs.hasStem("offn")).isTrue();
    assertThat(verbs.hasStem("sundheitsam")).isFalse();
    assertThat(verbs.hasStem("schaf")).isFalse();
  }

  @Test
  void aSeparableParticiplesStemIsTheJoinedVerbsWhenThatIsAKnownVerb() {
    KnownVerbs verbs =
        KnownVerbs.of(List.of("abholen=abhol;holen=hol", "anrufen=anruf;antun=antun"), List.of("ab", "an"));

    assertThat(verbs.separableStem("abgehol")).isEqualTo("abhol");
    assertThat(verbs.separableStem("angebo")).isNull();
    assertThat(verbs.separableStem("angeruf")).isEqualTo("anruf");
    assertThat(verbs.separableStem("aufgehol")).isNull();
    assertThat(verbs.separableStem("angetu")).as("a two-letter stem is too short to tell").isNull();
  }
}
