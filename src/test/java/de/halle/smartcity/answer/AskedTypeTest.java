package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Was kostet ein Leihrad? | MONEY",
      "Wie viel Fördergeld bekommt die Stadt? | MONEY",
      "Wie viel hat die Entwicklung gekostet? | MONEY",
      "Welche Kosten entstehen der Stadt durch die Reise? | MONEY",
      "Welche Gebühren fallen an? | MONEY",
      "Kostet die Teilnahme etwas? | MONEY",
      "Fallen für den Besuch Kosten an? | MONEY",
      "Wer zahlt, was die Reise gekostet hat? | PAYER",
      "Wie können Kosten entstehen, wenn man unterschreibt? | ANY",
      "Wie viele Einwohner hat die Stadt? | COUNT",
      "Wieviele Besucher kamen? | COUNT",
      "Wie lange dauert der Kurs? | DURATION",
      "Wie lange läuft das Projekt? | DURATION",
      "Wie alt ist die Brücke? | AGE",
      "Wie hoch ist der Schornstein? | NUMBER",
      "Wie weit ist Aheim von Beheim entfernt? | DISTANCE",
      "Welche Entfernung hat Aheim von Beheim? | DISTANCE",
      "Wie weit ist der Ausbau? | NUMBER",
      "Wie alt ist der Musterturm? | AGE",
      "Wann wurde das Zentrum eröffnet? | TIME",
      "Ab wann fallen die Sprechstunden weg? | TIME",
      "In welchem Jahr kam die Delegation? | TIME",
      "Seit wann ist die Stadt Partnerstadt? | SINCE",
      "Bis wann läuft das Projekt? | TIME",
      "An welchen Tagen war die Konferenz? | DAY",
      "Welches Datum hat die Eröffnung? | DAY",
      "Welche Öffnungszeiten hat das Bürgerbüro? | CLOCK",
      "Zu welchen Uhrzeiten fährt der Bus? | CLOCK",
      "Wie sind die Öffnungszeiten des Amts? | CLOCK",
      "Welche Sprechzeiten hat das Amt am neuen Standort? | CLOCK",
      "Zu welchen Zeiten ist das Amt geöffnet? | CLOCK",
      "Fährt der Bus auch nachts? | CLOCK",
      "Hat das Amt am Wochenende geöffnet? | CLOCK",
      "Gibt es offene Sprechstunden im Amt? | ANY",
      "Gibt es offene Sprechzeiten im Amt? | ANY",
      "gibt geöffnet offen Sprechstunden Sprechzeiten Amt | ANY",
      "Sind die Sprechzeiten im Amt gleich geblieben? | CLOCK",
      "Ist das Amt geöffnet? | CLOCK",
      "Sprechstunden im Fachbereich Gesundheit | ANY",
      "Wie kann ich nachts ein Taxi bestellen? | PROCEDURE",
      "Wer bezahlt das Testfeld? | PAYER",
      "Wer hat den Umbau finanziert? | PAYER",
      "Wer übernimmt die Kosten für den Kurs? | PAYER",
      "Wie kann ich mich für das Forum anmelden? | PROCEDURE",
      "Bei wem kann ich mich für das Programm bewerben? | PROCEDURE",
      "Wo kann man einen Antrag stellen? | PROCEDURE",
      "Wo kann ich eine Hebamme finden? | PROCEDURE",
      "Wie erreiche ich das Smart City Team? | CONTACT",
      "Wie kann ich das Rathaus kontaktieren? | CONTACT",
      "Wie kann man mit dem Frauenhaus in Kontakt treten? | CONTACT",
      "Wie rufe ich den Notdienst an? | CONTACT",
      "Wie heißen die Moleküle, die ihren Höhepunkt erreichen? | NAME",
      "Wie heißt die App der Stadtwerke? | NAME",
      "Was will die Stadt mit der Strategie erreichen? | ANY",
      "Wo finde ich Mobilitätsstationen? | WHERE",
      "Wo bekomme ich ein Leihrad? | WHERE",
      "Wie komme ich zum Bürgerbüro? | WHERE",
      "Wie gelangt man zur Musterhalle? | WHERE",
      "Wie komme ich an einen Termin? | PROCEDURE",
      "Wie melde ich mich an? | PROCEDURE",
      "Mit welcher Straßenbahn komme ich zum Amt? | PROCEDURE",
      "Mit welchem Ticket kann man fahren? | PROCEDURE",
      "Mit welchen Städten hat Halle Partnerschaften? | ANY",
      "Was ist HAL-Plan? | DEFINITION",
      "Was ist eigentlich der Star Park? | DEFINITION",
      "Was bedeutet Smart City? | DEFINITION",
      "Was ist die Adresse des Bürgerbüros am Markt? | ANY",
      "Wie nennt man einen Lehrer im Buddhismus? | ANY",
      "An welchem Ort fand der Digitaltag statt? | PLACE",
      "Unter welcher Adresse ist die Internetseite zu finden? | ANY",
      "Wo fand der Digitaltag statt? | ANY",
      "Wo ist die Passage 13? | WHERE",
      "Wo liegt Gjumri? | WHERE",
      "Wo befindet sich das Bürgerbüro? | WHERE",
      "Wo genau liegt das Amt? | WHERE",
      "Wer ist Anna Muster? | ROLE",
      "Was macht Anna Muster? | ROLE",
      "Welche Position hat Frau Anna Muster? | ROLE",
      "Was macht die Stadt? | ANY",
      "Wer ist Oberbürgermeister? | HOLDER",
      "Wer ist Ansprechpartner für das Projekt? | HOLDER",
      "Wer leitet das Projekt? | WHO",
      "Wer organisiert das Fest? | ORGANISER",
      "Wer veranstaltete den Stadtlauf? | ORGANISER",
      "Wer betreut das Fest? | WHO",
      "Wer steckt hinter dem Programm? | ORGANISER",
      "Von wem ist das Programm? | ORGANISER",
      "Von wem wird das Fest organisiert? | ANY",
      "Wer nimmt an dem Fest teil? | WHO",
      "Wer hat den Vertrag unterzeichnet? | WHO",
      "Wer kann einen Antrag stellen? | ANY",
      "Wer bekommt Wohngeld? | ANY",
      "Was ist ein digitaler Zwilling? | DEFINITION",
      "Was ist das Lernzentrum Beispielgasse 7? | DEFINITION",
      "Was sind sexuell übertragbare Infektionen? | DEFINITION",
      "Was sind die Aufgaben des Beirats? | ANY",
      "Was ist der Unterschied zwischen Asyl und Duldung? | ANY",
      "Was ist der Berechtigungsschein beim Integrationskurs? | ANY",
      "Was bedeutet Schweigepflicht im Praktikum? | ANY"})
  void questionWordsTellTheKindOfFactAskedFor(String question, AskedType type) {
    assertThat(AskedType.of(question)).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Wann ist der nächste Digitaltag? | true",
      "Wann findet das kommende Forum statt? | true",
      "An welchem Tag ist die nächste Sprechstunde? | true",
      "Wann ist wieder Digitaltag? | true",
      "Wann war der Digitaltag? | false",
      "Wann wurde das Zentrum wieder eröffnet? | false",
      "In welcher App sehe ich, wie voll die nächste Straßenbahn ist? | false",
      "Wie viele Fahrgäste passen in die nächste Bahn? | false"})
  void aDateQuestionWithAWordForTheNextOneAsksForAComingOccurrence(String question, boolean upcoming) {
    assertThat(AskedType.of(question).asksUpcoming(question)).isEqualTo(upcoming);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "An welchen Tagen war die Konferenz? | true",
      "In welchem Jahr kam die Delegation? | true",
      "Wie viele Städte nahmen teil? | false",
      "Welche Städte nahmen teil? | false"})
  void onlyADayOrATimeIsAnsweredByAValueInsteadOfItsClassNoun(String question, boolean byValue) {
    assertThat(AskedType.of(question).answeredByValue()).isEqualTo(byValue);
  }

  @Test
  void theNounAfterMitWelcherNamesTheMeansOfAWayNotTheClassOfTheAnswer() {
    String way = "Mit welcher Straßenbahn komme ich zum Amt?";
    String instance = "Welche amerikanischen Städte besuchten sie?";

    assertThat(AskedType.of(way).answerClass(way)).isEqualTo(-1);
    assertThat(AskedType.of(instance).answerClass(instance)).isEqualTo(2);
  }

  @Test
  void welcheQuestionAsksForAnInstanceOfTheNounAfterIt() {
    assertThat(AskedType.askedClass("Welche amerikanischen Städte besuchten sie?")).isEqualTo(2);
    assertThat(AskedType.askedClass("Zu welchen Uhrzeiten fährt der Bus?")).isEqualTo(2);
    assertThat(AskedType.askedClass("Wer leitet das Projekt?")).isEqualTo(-1);
  }
}
