package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A date question whose words one sentence names while the sentence beside it, about the same thing, gives the date:
 * both answer together.
 */
class AnswerEngineCompletingNeighbourTest {

  private static final String SIGNED =
      "Die Städtepartnerschaft zwischen Musterstadt und Aheim wurde am 6. März 2023 per Videokonferenz unterzeichnet.";
  private static final String AGREEMENT =
      "Die Vereinbarung über die Städtepartnerschaft unterzeichneten die Bürgermeister Anna Muster und Bernd Beispiel.";
  private static final String APPROVED =
      "Der Ausschuss des Stadtrats von Musterstadt hatte der Partnerschaft mit Aheim bereits im Mai 2020 zugestimmt.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("aheim.md", "Aheim: die jüngste Partnerstadt von Musterstadt", LocalDate.of(2024, 9, 16),
          "Aheim ist seit 2023 Partnerstadt von Musterstadt.",
          "## Unterzeichnung", SIGNED, AGREEMENT, APPROVED),
      release("park.md", "Der Sonnenpark in Musterstadt", LocalDate.of(2021, 1, 31),
          "Der Sonnenpark der Stadt Musterstadt ist 120 Hektar groß."),
      release("schule.md", "Schulen in Musterstadt", LocalDate.of(2022, 1, 1), "Musterstadt hat 40 Schulen."),
      release("museum.md", "Museen in Musterstadt", LocalDate.of(2023, 1, 1), "Das Museum in Musterstadt zeigt Bilder."),
      release("bad.md", "Bäder in Musterstadt", LocalDate.of(2023, 5, 1), "Das Freibad in Musterstadt öffnet im Mai."));

  @Test
  void aSentenceNamingTheAgreementIsAnsweredWithTheDateBesideIt() {
    // Not "Wann wurde der Vertrag mit Aheim unterschrieben?": the signing sentence names the contract it implies
    // (AnswerEngineImpliedObjectTest) and answers that alone.
    Answer answer = engine.answer(Question.of("Wann unterzeichneten Anna Muster und Bernd Beispiel?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(AGREEMENT, SIGNED);
  }
}
