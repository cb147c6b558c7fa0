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
  void aHeadingPlacesTheNameOnlyByAPlaceAnswerBesideIt() {
    PlacedName where = PlacedName.of("Wo ist das Messfeld?");
    String sentence = "Für das Messfeld stiegen Kletterer auf einen Schornstein.";
    assertThat(where.placedByHeadingOnly("Messfeld im Musterpark Nord", sentence)).isTrue();
    assertThat(where.placedByHeadingOnly("Messfeld in Zahlen", sentence)).isFalse();
    assertThat(where.placedByHeadingOnly("Messfeld im Musterpark Nord", "Kletterer stiegen auf einen Schornstein."))
        .isFalse();
    assertThat(where.placedByHeadingOnly("Messfeld im Musterpark Nord", "Das Messfeld liegt an der Musterstraße 5."))
        .isFalse();
  }

  @Test
  void onlyAQuestionForAPropertyNamesSomething() {
    assertThat(PlacedName.of("Wann war Beheim?")).isEqualTo(PlacedName.NONE);
    assertThat(PlacedName.of("Wie groß ist Beheim (Elbe)?").names()).extracting(PlacedName.Name::text)
        .containsExactly("Beheim");
  }

  @Test
  void aWhereQuestionIsAnsweredOnlyByASentencePlacingTheName() {
    PlacedName where = PlacedName.of("Wo liegt Beheim (Elbe)?");
    assertThat(where.places("Beheim in Musterland ist seit 2020 Partnerstadt von Aheim.")).isTrue();
    assertThat(where.places("Beheim im Bundesland Musterland hat 9.000 Einwohner.")).isTrue();
    assertThat(where.places("Beheim (Elbe) liegt an der Elbe.")).isTrue();
    assertThat(where.places("Der Stadt Beheim (Elbe) entstanden keine Kosten.")).isFalse();
    assertThat(where.places("Beheim in den Bereichen Wirtschaft und Bildung ist Thema der Konferenz.")).isFalse();
    assertThat(where.places("Der Musterpark liegt im Osten von Beheim (Elbe).")).isFalse();
  }

  @Test
  void aWhereWordInARelativeClauseAfterTheNamePlacesSomethingElse() {
    PlacedName where = PlacedName.of("Wo ist der Musterverein?");
    assertThat(where.places("Zum Ort weichen die Angaben ab: Der Musterverein nennt Aheim, das Programm spricht von "
        + "einem Treffen in Beheim, das im Großraum Aheim liegt.")).isFalse();
    assertThat(where.places("Der Musterverein befindet sich im Rathaus, Musterstraße 5.")).isTrue();
    assertThat(PlacedName.of("Wo liegt das Musterstadion?")
        .places("Die Sportanlagen, inklusive dem Musterstadion, liegen im Stadtteil Aheim.")).isTrue();
  }

  @Test
  void aPlaceRightAfterTheNameAnswersAlsoInASentenceAboutAnotherSubject() {
    PlacedName where = PlacedName.of("Wo ist das Museum?");
    assertThat(where.places("Das Lichterfest fand im Museum am Lindenplatz 5 statt.")).isTrue();
    assertThat(where.places("Das Lichterfest fand im Museum statt.")).isFalse();
    assertThat(PlacedName.of("Wo war das Lichterfest?").places("Die Stationen wurden mit einem Lichterfest am Steintor eröffnet."))
        .isTrue();
  }

  @Test
  void aPlaceRightBeforeTheNameInTheSameClausePlacesIt() {
    PlacedName where = PlacedName.of("Wo ist das Messfeld?");
    assertThat(where.places("Die Stadtwerke bauen im Musterpark Nordstraße ein Messfeld für Sensoren auf.")).isTrue();
    assertThat(where.places("Die Stadt richtet am Marktplatz ein Messfeld ein.")).isTrue();
    assertThat(where.places("Die Stadtwerke bauen ein Messfeld für Sensoren auf.")).isFalse();
    assertThat(where.places("Im Rathaus wurde beschlossen, dass die Stadt ein Messfeld bekommt.")).isFalse();
    assertThat(where.places("Die Stadt stellte im Rathaus die Pläne für ein Messfeld vor.")).isFalse();
  }

  @Test
  void aQuestionWithoutANamePlacesEverySentence() {
    assertThat(PlacedName.NONE.places("Der Stadt entstanden keine Kosten.")).isTrue();
  }
}
