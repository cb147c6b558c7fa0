package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question noun naming only what the question's verb is done to ("Vertrag" of "unterschrieben",
 * {@code lang/de/implied-objects.tsv}): a sentence naming the act names it.
 */
class AnswerEngineImpliedObjectTest {

  private static final String SIGNED = "Die Städtepartnerschaft mit Beheim unterzeichneten im Oktober 2011 in Beheim "
      + "Bürgermeisterin Anna Muster für Musterstadt und Bürgermeister Carl Beispiel für Beheim.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("beheim.md", "Beheim: Partnerstadt von Musterstadt seit 2011", LocalDate.of(2022, 6, 21),
          "Beheim ist seit 2011 Partnerstadt von Musterstadt.",
          "## Unterzeichnung 2011", SIGNED,
          "## Ausbau", "Eine Reise aus Musterstadt nach Beheim im Dezember 2021 bezahlte das Konsulat."),
      release("aheim.md", "Aheim: Partnerstadt von Musterstadt", LocalDate.of(2024, 9, 16),
          "Die Vereinbarung über die Städtepartnerschaft mit Aheim gilt seit 2023."),
      release("park.md", "Der Sonnenpark in Musterstadt", LocalDate.of(2021, 1, 31),
          "Der Sonnenpark der Stadt Musterstadt ist 120 Hektar groß."),
      release("schule.md", "Schulen in Musterstadt", LocalDate.of(2022, 1, 1), "Musterstadt hat 40 Schulen."),
      release("bad.md", "Bäder in Musterstadt", LocalDate.of(2023, 5, 1), "Das Freibad in Musterstadt öffnet im Mai."));

  @Test
  void aSentenceNamingTheSigningAnswersWhenTheContractWasSigned() {
    Answer answer = engine.answer(Question.of("Wann wurde der Vertrag mit Beheim unterschrieben?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).containsExactly(SIGNED);
  }
}
