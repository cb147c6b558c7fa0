package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacedNameTest {

  private final PlacedName beheim = PlacedName.of("Wie groß ist Beheim?");

  @Test
  void aSentenceAboutAnotherSubjectPlacedInTheCityOnlyPlacesIt() {
    assertThat(beheim.placesOnly("Der Musterpark ist 20 Hektar groß und liegt im Osten von Beheim.")).isTrue();
    assertThat(beheim.placesOnly("Die Musterhalle steht in Beheim.")).isTrue();
  }

  @Test
  void aSentenceTellingTheCitysOwnPropertyDoesNotOnlyPlaceIt() {
    assertThat(beheim.placesOnly("Die Plattform Musterdialog gibt die Fläche von Beheim mit 80 Quadratkilometern an."))
        .isFalse();
    assertThat(beheim.placesOnly("In Beheim leben 90.000 Menschen.")).isFalse();
    assertThat(beheim.placesOnly("Der Musterpark liegt im Osten von Beheim, und Beheim hat 90.000 Einwohner."))
        .isFalse();
  }

  @Test
  void whereTheCityLiesIsNotToldByASentencePlacingAnotherSubjectInIt() {
    PlacedName where = PlacedName.of("Wo liegt Beheim (Elbe)?");
    assertThat(where.names()).extracting(PlacedName.Name::text).containsExactly("Beheim");
    assertThat(where.placesOnly("Das Zentrum Musterhaus liegt in Beheim-Nord, in der Musterstraße 13.")).isTrue();
    assertThat(where.placesOnly("Der Musterpark liegt im Osten von Beheim (Elbe).")).isTrue();
    assertThat(where.placesOnly("Beheim liegt an der Elbe.")).isFalse();
  }

  @Test
  void onlyAQuestionForAPropertyNamesSomething() {
    assertThat(PlacedName.of("Wann war Beheim?")).isEqualTo(PlacedName.NONE);
    assertThat(PlacedName.of("Wie groß ist Beheim (Elbe)?").names()).extracting(PlacedName.Name::text)
        .containsExactly("Beheim");
  }
}
