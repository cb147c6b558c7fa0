package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which sentence of a release with several sections answers, and which sentences of other sections join it. */
class AnswerEngineSectionsTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("mobil.md", "Mustermobil: App, Busse und Leihräder der Musterbahn in Musterstadt",
          "Mustermobil ist die Marke der Musterbahn, unter der ihre Angebote verknüpft werden.",
          "Mustermobil_app",
          "Die Mustermobil_app zeigt Fahrpläne und Fahrkarten an.",
          "Laut einem Bericht über die Mustermobil_app kostet dort eine Kurzstrecke mit Bus oder Bahn über vier "
              + "Haltestellen 2,20 Euro.",
          "Mustermobil_bike",
          "Das Leihradsystem Mustermobil_bike startete Mitte Oktober 2023.",
          "Der Grundtarif von Mustermobil_bike beträgt 1 Euro pro 15 Minuten; daneben gibt es Tagestarife."),
      release("programm.md", "Muster Digital 2030: Landesförderung für vier Projekte aus Musterstadt",
          "Vier Projekte aus Musterstadt erhalten aus dem Landesprogramm „Muster Digital 2030“ zusammen rund "
              + "440.000 Euro.",
          "Die Förderbescheide aus dem Programm „Muster Digital 2030“ übergab die Ministerin am 16. Juli 2025.",
          "Stadtlabor",
          "Das Projekt „Stadtlabor“ für ein datenbasiertes Innenstadtmanagement erhält aus „Muster Digital 2030“ "
              + "120.000 Euro.",
          "Das Projekt Stadtlabor läuft von November 2025 bis Oktober 2026."),
      release("messe.md", "Musterstadt auf der Immobilienmesse Bau Real in Musterburg",
          "Bau Real 2025",
          "Auf der Bau Real 2025 in Musterburg vom 6. bis 8. Oktober 2025 traten die Stadt Musterstadt und ihre "
              + "Wirtschaftsförderung gemeinsam auf.",
          "Auf dem Gemeinschaftsstand Mittelland waren auf der Bau Real 2025 insgesamt 27 Aussteller vertreten.",
          "Bau Real 2024",
          "Auf der Bau Real 2024 vom 7. bis 9. Oktober 2024 war Musterstadt am Stand C1 vertreten."));

  @Test
  void sentenceNamingWhatTheQuestionAsksAboutLeadsOverOneCoveringItOnlyThroughTheTitle() {
    Answer answer = engine.answer(Question.of("Wie viel kostet ein Leihrad?"));

    assertThat(answer.evidence()).containsExactly(
        "Der Grundtarif von Mustermobil_bike beträgt 1 Euro pro 15 Minuten; daneben gibt es Tagestarife.");
  }

  @Test
  void sumOfOneProjectUnderItsOwnHeadingDoesNotJoinTheTotalThatAnswers() {
    Answer answer = engine.answer(Question.of("Muster Digital 2030 Fördersumme Musterstadt"));

    assertThat(answer.evidence()).containsExactly("Vier Projekte aus Musterstadt erhalten aus dem Landesprogramm "
        + "„Muster Digital 2030“ zusammen rund 440.000 Euro.");
  }

  @Test
  void countOfExhibitorsIsNoDateBesideTheDatesOfTheFair() {
    Answer answer = engine.answer(Question.of("Wann war Musterstadt 2025 auf der Bau Real?"));

    assertThat(answer.evidence()).containsExactly("Auf der Bau Real 2025 in Musterburg vom 6. bis 8. Oktober 2025 "
        + "traten die Stadt Musterstadt und ihre Wirtschaftsförderung gemeinsam auf.");
  }

  private static KnowledgeDocument release(String file, String title, String... paragraphs) {
    return TestReleases.release(file, title, LocalDate.of(2025, 7, 22), paragraphs);
  }
}
