package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamedPlaceTest {

  /** "Beheim" is the home town most releases name; every word is analysed to its lower case. */
  private final NamedPlace place = new NamedPlace(Set.of("musterfest", "ort"), "beheim"::equals,
      word -> List.of(word.toLowerCase(Locale.GERMAN)));

  @Test
  void aTownAfterInOrAnAbbreviationAfterImNamesAPlace() {
    assertThat(place.test("Auf dem Musterfest 2025 in Zeheim traten 30 Bands auf.")).isTrue();
    assertThat(new NamedPlace(Set.of("musterforum", "ort"), term -> false, List::of)
        .test("Beim Musterforum im MZH stellte die Stadt ihre Seite vor.")).isTrue();
  }

  @Test
  void theHomeTownAQuestionWordOrACommonNounAfterAnArticleNamesNoPlace() {
    assertThat(place.test("Das Musterfest in Beheim stand unter einem Motto.")).isFalse();
    assertThat(place.test("Das Musterfest hatte 30 Stände in den Hallen.")).isFalse();
    assertThat(place.test("Das Musterfest im März hatte 30 Stände.")).isFalse();
    assertThat(new NamedPlace(Set.of("fest", "zeheim"), term -> false, List::of).test("Das Fest in Zeheim."))
        .isFalse();
  }

  @Test
  void aPlaceOfAnotherThingThanTheQuestionsIsNoPlaceOfIt() {
    assertThat(place.test("Zum Musterfest kam die erste Stadt in Zeheim mit einem Stand.")).isFalse();
  }
}
