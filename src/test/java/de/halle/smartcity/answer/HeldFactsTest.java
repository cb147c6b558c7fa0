package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeldFactsTest {

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Was kostet ein Leihrad? | Ein Leihrad kostet 1 Euro pro 15 Minuten. | true",
      "Was kostet ein Gesundheitszeugnis? | Der Bund gab 3 Geräte. | false",
      "Welche Kosten entstehen der Stadt durch die Reise? | Der Stadt entstehen für die Reise keine Kosten. | true",
      "Welche Kosten entstehen der Stadt durch die Reise? | Die Teilnahme ist für die Stadt kostenlos. | true",
      "Welche Kosten entstehen der Stadt durch die Reise? | Für die Reise entstehen der Stadt Kosten. | false",
      "Welche Kosten entstehen der Stadt durch die Reise? | Bereits 2019 hatten Vertreter der Stadt drei Städte besucht. | false",
      "Wie viele Einwohner hat die Stadt? | Die Stadt hat 238.762 Einwohner. | true",
      "Wie viele Mitarbeiter hat das Büro? | Das Büro liegt am Markt. | false",
      "Wie viele Modellregionen gab es? | Der Plan der Stadt für 2013 bis 2020 hieß „Muster-Plan“. | false",
      "Wie viele Modellregionen gab es? | Von 2014 bis 2016 war die Stadt eine von 8 Modellregionen. | true",
      "Wieviele Gäste kamen? | Am 7. März 2024 war das Forum, im Jahr 2023 das erste (2022). | false",
      "Wieviele Gäste kamen? | Zum Forum 2023/24 kamen 2000 Gäste. | true",
      "Wie viele Stationen gibt es? | Das Fest am 14. September 2024 dauerte von 9:30 bis 13:00 Uhr. | false",
      "Wie viele Stationen gibt es? | Das Fest am Markt dauerte von 10 Uhr bis 13.30 Uhr. | false",
      "Wie viele Verträge schützten die Rechte? | Keiner der Verträge von 1989 erwähnt die Rechte. | true",
      "Wie lange war die Stadt Modellregion? | Die Stadt war von 2014 bis 2016 dabei. | true",
      "Wann hat der Stadtrat das ISEK 2025 beschlossen? | Die Strategie baut auf dem ISEK 2025 auf. | false",
      "Wann wurde das Zentrum eröffnet? | Die Eröffnung war am 15. November 2024. | true",
      "Wann war die Stadt 2025 auf der Messe? | Auf der Messe 2025 waren insgesamt 27 Aussteller vertreten. | false",
      "Wann war die Stadt 2025 auf der Messe? | Die Messe 2025 dauerte 3 Tage. | true",
      "Wann war die Stadt 2025 auf der Messe? | Die Messe war 2025 von 9 bis 18 Uhr geöffnet. | true",
      "Wann war die Stadt 2025 auf der Messe? | Die Stadt kam 2025 am 6. Oktober zur Messe. | true",
      "Wann konnten Bürger Ideen einreichen? | Laut einem Bericht vom Juli 2024 gibt es viele Ideen. | false",
      "Wann konnten Bürger Ideen einreichen? | Ein Koordinator ist laut MDR (Juli 2024) zuständig. | false",
      "Wann konnten Bürger Ideen einreichen? | Die Stadtwerke bauen ein Testfeld auf (Stand Juli 2024). | false",
      "Wann konnten Bürger Ideen einreichen? | Laut Bericht vom 7. März 2024 gab es im November 2022 Ideen. | true",
      "Wann konnten Bürger Ideen einreichen? | Nach einem Bericht des Anzeigers vom 7. März 2024 kamen Ideen. | false",
      "Wann wurde der Vertrag unterschrieben? | Er wurde nach einem Beschluss am 6. März 2023 unterzeichnet. | true",
      "An welchen Tagen war die Konferenz? | Die Konferenz fand am 21. und 22. April 2023 statt. | true",
      "An welchen Tagen war die Konferenz? | Die Konferenz war am 22.04.2023. | true",
      "An welchen Tagen war die Konferenz? | Die Konferenz sollte im Frühjahr 2023 sein. | false",
      "Welche Öffnungszeiten hat das Zentrum? | Die Eröffnung war mit einer Party ab 17:00 Uhr. | false",
      "Zu welchen Uhrzeiten fährt der Shuttle? | Der Shuttle fährt täglich von 5:00 bis 24:00 Uhr. | true",
      "Fährt der Shuttle auch nachts? | Der Shuttle fährt täglich von 5:00 bis 24:00 Uhr. | true",
      "Fährt der Shuttle auch nachts? | Der Shuttle fährt nachts. | false",
      "Hat das Amt am Wochenende geöffnet? | Das Amt ist samstags geschlossen. | true",
      "An welchem Ort war der Digitaltag? | Der Digitaltag fand im Planetarium am Holzplatz 5 statt. | true",
      "An welchem Ort war das Fest? | Das Fest wurde am Steintor eröffnet. | true",
      "An welchem Ort ist das Zentrum? | Das Zentrum liegt in Halle-Neustadt. | true",
      "An welchem Ort ist das Amt? | Das Amt zieht in die Straße der Opfer des Faschismus 1. | true",
      "An welchem Ort war der Digitaltag? | Der Digitaltag in Halle (Saale) stand unter dem Motto „Stadt im Fokus“. | false",
      "An welchem Ort war der Digitaltag? | Die Veranstaltungen liefen am 6. Juni von 10:30 bis 15:30 Uhr. | false",
      "Wo ist das Zentrum? | Das Zentrum liegt in Halle-Neustadt. | true",
      "Wo ist das Zentrum? | Das Zentrum ist in der Neustädter Passage 13. | true",
      "Wo ist das Zentrum? | Zum Zentrum gehört ein Medienraum am Markt. | false",
      "Wer ist Anna Muster? | Marketingleiterin der Musterwerke ist Anna Muster. | true",
      "Wer ist Anna Muster? | Anna Muster, Sprecherin der Stadt, nimmt teil. | true",
      "Wer ist Anna Muster? | Anna Muster leitet die Stadtbibliothek. | true",
      "Wer ist Anna Muster? | Anna Muster: „Wir nutzen die Gelegenheit zum Austausch.“ | false",
      "Wer ist Ansprechpartner für das Projekt? | Anna Beispiel ist Koordinatorin des Projekts. | true",
      "Wer ist Ansprechpartner für das Projekt? | Zum Projekt nennt die Stadt die Telefonnummer 0123 4567. | false",
      "Wer bezahlt das Testfeld? | Das Testfeld wird vom Land mit 40.000 Euro gefördert. | true",
      "Wer bezahlt das Testfeld? | Die Stadtwerke bauen ein Testfeld für Sensoren auf. | false",
      "Wer hat die Reise bezahlt? | Die Reise wurde vom Konsulat bezahlt. | true",
      "Wer hat die Reise bezahlt? | Die Reise führte im Dezember nach Übersee. | false",
      "Wer übernimmt die Kosten für den Kurs? | Die Kosten übernimmt das Jobcenter. | true",
      "Wer übernimmt die Kosten für den Kurs? | Das Jobcenter bezahlt den Kurs. | true",
      "Wie kann ich mich für das Forum anmelden? | Sie können sich per E-Mail anmelden. | true",
      "Wie kann ich mich für das Forum anmelden? | Zum Forum kamen laut H@llAnzeiger rund 120 Gäste. | false",
      "Wo kann ich einen Antrag stellen? | Den Antrag stellst du beim Bürgeramt. | true",
      "Wo kann ich einen Antrag stellen? | Anträge nimmt info@example.org entgegen. | true",
      "Wo kann ich einen Antrag stellen? | Vier Projekte erhalten Fördergeld vom Land. | false",
      "Wo kann ich eine Selbsthilfegruppe finden? | Wir unterstützen Angehörige in Gruppen. | true",
      "Wo kann ich eine Selbsthilfegruppe finden? | Im Landkreis gibt es folgende Orte: | true",
      "Bei wem kann ich mich bewerben? | Mehr dazu steht unter www.example.org im Netz. | true",
      "Wie erreiche ich das Projekt? | Zum Projekt nennt die Stadt die Telefonnummer 0123 4567. | true",
      "Wie erreiche ich das Projekt? | Der Support ist per E-Mail an hilfe@example.org erreichbar. | true",
      "Wie erreiche ich das Projekt? | Zuständig für das Projekt ist das Bundesministerium. | false"})
  void sentenceHoldsTheAskedKindOfFactBeyondTheQuestionsOwnWords(String question, String sentence, boolean held) {
    assertThat(HeldFacts.heldBy(AskedType.of(question), sentence, AskedType.questionWords(question))).isEqualTo(held);
  }
}
