package de.halle.smartcity.privacy;

import static de.halle.smartcity.privacy.PersonalDataKind.ADDRESS;
import static de.halle.smartcity.privacy.PersonalDataKind.BIRTH_DATE;
import static de.halle.smartcity.privacy.PersonalDataKind.EMAIL;
import static de.halle.smartcity.privacy.PersonalDataKind.IBAN;
import static de.halle.smartcity.privacy.PersonalDataKind.ID_DOCUMENT;
import static de.halle.smartcity.privacy.PersonalDataKind.PHONE;
import static de.halle.smartcity.privacy.PersonalDataKind.TAX_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScrubberTest {

  private final PersonalDataScrubber scrubber = new PersonalDataScrubber();

  static Stream<Arguments> personalData() {
    return Stream.of(
        // e-mail
        Arguments.of("Schreiben Sie mir an max.mustermann@example.de bitte zurück",
            "Schreiben Sie mir an [E-MAIL] bitte zurück", EMAIL),
        Arguments.of("Meine Adresse ist anna_b+bot@web-mail.halle.de, danke für die Antwort",
            "Meine Adresse ist [E-MAIL], danke für die Antwort", EMAIL),
        Arguments.of("Bitte antworten an jürgen (at) müller.de wegen der Messe",
            "Bitte antworten an [E-MAIL] wegen der Messe", EMAIL),
        Arguments.of("Antwort bitte an max at example dot org wegen der Sensoren",
            "Antwort bitte an [E-MAIL] wegen der Sensoren", EMAIL),
        Arguments.of("Bitte an anna [at] web (punkt) de schreiben wegen der Messe",
            "Bitte an [E-MAIL] schreiben wegen der Messe", EMAIL),
        // dates of birth
        Arguments.of("Mein Name ist Max, geboren am 01.02.1980. Wie viele Sensoren gibt es?",
            "Mein Name ist Max, geboren am [GEBURTSDATUM]. Wie viele Sensoren gibt es?", BIRTH_DATE),
        Arguments.of("Ich bin geb. 3. März 1975 und frage nach dem Programm",
            "Ich bin geb. [GEBURTSDATUM] und frage nach dem Programm", BIRTH_DATE),
        Arguments.of("Geburtsdatum: 1980-02-01, gilt die Förderung auch für mich?",
            "Geburtsdatum: [GEBURTSDATUM], gilt die Förderung auch für mich?", BIRTH_DATE),
        // phone numbers
        Arguments.of("Rufen Sie mich unter +49 345 2214014 an, wann ist die Messe?",
            "Rufen Sie mich unter [TELEFON] an, wann ist die Messe?", PHONE),
        Arguments.of("Erreichbar unter +49 (0)345 221-4014 wegen der Reise",
            "Erreichbar unter [TELEFON] wegen der Reise", PHONE),
        Arguments.of("Meine Nummer 0345 221-0 für Rückfragen zur Konferenz",
            "Meine Nummer [TELEFON] für Rückfragen zur Konferenz", PHONE),
        Arguments.of("Handy 0171/1234567, wer fuhr nach Metz?", "Handy [TELEFON], wer fuhr nach Metz?", PHONE),
        Arguments.of("Tel. (0345) 123 45 67 wann startet das Programm?",
            "Tel. [TELEFON] wann startet das Programm?", PHONE),
        Arguments.of("Bitte unter 0049 171 98765432 zurückrufen wegen des Projekts",
            "Bitte unter [TELEFON] zurückrufen wegen des Projekts", PHONE),
        Arguments.of("Ruf an: 01711234567 wegen der Smart City Förderung",
            "Ruf an: [TELEFON] wegen der Smart City Förderung", PHONE),
        Arguments.of("Festnetz 034602-12345 zur Frage nach der Förderung",
            "Festnetz [TELEFON] zur Frage nach der Förderung", PHONE),
        // IBAN
        Arguments.of("Überweisen Sie auf DE89 3704 0044 0532 0130 00 die Kosten der Reise?",
            "Überweisen Sie auf [IBAN] die Kosten der Reise?", IBAN),
        Arguments.of("Meine IBAN DE89370400440532013000 für die Erstattung der Kosten",
            "Meine IBAN [IBAN] für die Erstattung der Kosten", IBAN),
        Arguments.of("Konto de89 3704 0044 0532 0130 00 wegen der Gebühr für den Ausweis",
            "Konto [IBAN] wegen der Gebühr für den Ausweis", IBAN),
        Arguments.of("Österreichisches Konto AT61 1904 3002 3457 3201 für die Rückzahlung der Gebühr",
            "Österreichisches Konto [IBAN] für die Rückzahlung der Gebühr", IBAN),
        // tax ids
        Arguments.of("Meine Steuer-ID ist 12 345 678 901, wie beantrage ich Förderung?",
            "Meine Steuer-ID ist [STEUER-ID], wie beantrage ich Förderung?", TAX_ID),
        Arguments.of("Wie ändere ich die Anschrift zu 86095742719 beim Finanzamt Halle?",
            "Wie ändere ich die Anschrift zu [STEUER-ID] beim Finanzamt Halle?", TAX_ID),
        Arguments.of("Steuernummer 110/815/08150 gehört zu meinem Gewerbe in Halle",
            "Steuernummer [STEUER-ID] gehört zu meinem Gewerbe in Halle", TAX_ID),
        Arguments.of("Meine St.-Nr. 3101081508156 wurde bei der Anmeldung abgelehnt",
            "Meine St.-Nr. [STEUER-ID] wurde bei der Anmeldung abgelehnt", TAX_ID),
        // ID cards and passports
        Arguments.of("Mein Personalausweis L01X00T47 ist abgelaufen, was tun?",
            "Mein Personalausweis [AUSWEIS] ist abgelaufen, was tun?", ID_DOCUMENT),
        Arguments.of("Reisepass Nr. C01X00T47 verloren, wo melde ich das in Halle?",
            "Reisepass Nr. [AUSWEIS] verloren, wo melde ich das in Halle?", ID_DOCUMENT),
        Arguments.of("Die Ausweisnummer lautet T22000129 und ist gültig bis nächstes Jahr",
            "Die Ausweisnummer lautet [AUSWEIS] und ist gültig bis nächstes Jahr", ID_DOCUMENT),
        // street addresses
        Arguments.of("Ich wohne Hansering 15a und frage nach dem Bürgerbüro",
            "Ich wohne [ADRESSE] und frage nach dem Bürgerbüro", ADDRESS),
        Arguments.of("Wann hat das Amt am Marktplatz 1 geöffnet für Bürger?",
            "Wann hat das Amt am [ADRESSE] geöffnet für Bürger?", ADDRESS),
        Arguments.of("Meine Anschrift Große Ulrichstraße 23, 06108 Halle (Saale) hat sich geändert, wem melde ich das?",
            "Meine Anschrift [ADRESSE] hat sich geändert, wem melde ich das?", ADDRESS),
        Arguments.of("Der Parkplatz vor Leipziger Straße 5 ist immer voll, warum?",
            "Der Parkplatz vor [ADRESSE] ist immer voll, warum?", ADDRESS),
        Arguments.of("Gibt es eine Mobilstation in der Nähe der Hauptstr. 12 in Halle?",
            "Gibt es eine Mobilstation in der Nähe der [ADRESSE] in Halle?", ADDRESS),
        Arguments.of("Wir wohnen Am Markt 3-5 seit langer Zeit in der Stadt",
            "Wir wohnen [ADRESSE] seit langer Zeit in der Stadt", ADDRESS),
        Arguments.of("meine adresse ist hansering 15 und ich habe eine frage",
            "meine adresse ist [ADRESSE] und ich habe eine frage", ADDRESS),
        Arguments.of("Lieferung an Zur Saaleaue-Promenade 7 oder Kirchweg 2 b möglich in der Stadt?",
            "Lieferung an Zur [ADRESSE] oder [ADRESSE] möglich in der Stadt?", ADDRESS));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("personalData")
  void replacesPersonalDataWithThePlaceholderOfItsKind(String text, String expected, PersonalDataKind kind) {
    ScrubResult result = scrubber.scrub(text);

    assertThat(result.text()).isEqualTo(expected);
    assertThat(result.found()).containsExactly(kind);
    assertThat(result.mostlyPersonalData()).isFalse();
    assertThat(result.storableText()).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "Welche Städte wurden 2019 besucht?",
      "Und 2020? Und was war 2023 los?",
      "Was passierte am 21.04.2023 und am 22. April 2023?",
      "Wann ist die Behördennummer 115 erreichbar?",
      "Im Notfall 112 oder 110 anrufen?",
      "Wo ist das Amt in 06108 Halle (Saale)?",
      "Gilt das für die Postleitzahlen 06108, 06110 und 06112?",
      "Was steht in Drucksache Nr. 5 zum Projekt?",
      "Das Projekt kostete 2.500.000 Euro, oder 0,5 Mio pro Jahr?",
      "Wie viele Teilnehmer waren es 2021/2022 in der Konferenz?",
      "Die Straßenbahnlinie 5 fährt zum Marktplatz alle 10 Minuten?",
      "Der Heimweg 5 Minuten lang, der Ring 3 km lang?",
      "Wo beantrage ich einen Personalausweis 2024 und was kostet er?",
      "Ich habe mein Passwort 12345678 vergessen, wo setze ich es zurück?",
      "Das Budget beträgt 17000000 Euro für das Modellprojekt",
      "Welche Förderung gab es 2019 bis 2023 für 10 Städte?",
      "Öffnungszeiten von 08:00 bis 18:00 Uhr, Raum 1.23?",
      "Die Straße 5 Jahre lang gesperrt?",
      "Platz 1 im Ranking der Smart Cities?",
      "Version 3.2.1 der App, Kapitel 12, Seite 345",
      "Telefon der Stadtverwaltung?",
      "Artikel vom 01/2023 bis 12/2024",
      "Wer ist am 01.02.1980 in Halle geboren und wann?",
      "Treffen at the city hall in Halle, what is the dot on the map?",
      "Die Idee wurde am 1. Mai 2023 geboren, wann startet sie?"})
  void leavesTextsWithoutPersonalDataUnchanged(String text) {
    ScrubResult result = scrubber.scrub(text);

    assertThat(result.text()).isEqualTo(text);
    assertThat(result.found()).isEmpty();
    assertThat(result.mostlyPersonalData()).isFalse();
  }

  @Test
  void rejectsIbanCandidatesWhoseCheckDigitsAreWrong() {
    ScrubResult result = scrubber.scrub("Referenz DE89 3704 0044 0532 0130 01 im Bescheid zur Förderung");

    assertThat(result.found()).doesNotContain(IBAN);
  }

  @Test
  void rejectsElevenDigitRunsWithoutTaxContextWhenTheCheckDigitIsWrong() {
    ScrubResult result = scrubber.scrub("Die Vorgangsnummer 12345678901 steht auf dem Brief der Stadt");

    assertThat(result.found()).doesNotContain(TAX_ID);
  }

  @Test
  void marksAMessageOfLittleMoreThanContactDataAsMostlyPersonal() {
    ScrubResult result = scrubber.scrub("max@example.de 0171 1234567");

    assertThat(result.mostlyPersonalData()).isTrue();
    assertThat(result.storableText()).isEmpty();
    assertThat(result.found()).containsExactlyInAnyOrder(EMAIL, PHONE);
  }

  @Test
  void marksAShortGreetingWithAnIbanAsMostlyPersonal() {
    ScrubResult result = scrubber.scrub("Hallo, DE89 3704 0044 0532 0130 00");

    assertThat(result.mostlyPersonalData()).isTrue();
  }

  @Test
  void scrubsSeveralKindsInOneQuestionAndKeepsTheRest() {
    ScrubResult result = scrubber.scrub(
        "Ich bin Hansering 15 gemeldet, Tel. 0345 2214014, Mail a.b@c.de: wann kommt die Mobilstation?");

    assertThat(result.text())
        .isEqualTo("Ich bin [ADRESSE] gemeldet, Tel. [TELEFON], Mail [E-MAIL]: wann kommt die Mobilstation?");
    assertThat(result.found()).isEqualTo(Set.of(ADDRESS, PHONE, EMAIL));
    assertThat(result.mostlyPersonalData()).isFalse();
  }

  @Test
  void leavesAnEmptyTextEmpty() {
    assertThat(scrubber.scrub("")).isEqualTo(new ScrubResult("", Set.of(), false));
  }
}
