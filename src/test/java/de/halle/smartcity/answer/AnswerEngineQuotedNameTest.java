package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question naming something in quotes is answered only by a sentence naming it, itself or through its heading or
 * title: the name's words alone ("Unser", "Beheim") are a stop word and a word every release uses.
 */
class AnswerEngineQuotedNameTest {

  private static final String FAMILY =
      "Zur App-Familie „Unser Beheim“ gehören die App „Unser Beheim“ mit Nachrichten und Wetter und die App „Unser Beheim Zuhause“.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("bahn.md", "Musterbahn: App und Leihräder in Beheim", LocalDate.of(2024, 6, 1),
          "Die Musterbahn-App bietet Fahrpläne und Fahrkarten für Beheim.",
          "Auch die App Tickettakt bietet in Beheim das Ein- und Auschecken an."),
      release("werke.md", "Wie voll ist die Bahn? Anzeige und Apps der Stadtwerke Beheim", LocalDate.of(2025, 8, 1),
          "Die Stadtwerke Beheim messen, wie voll Busse sind.",
          "## Apps der Stadtwerke",
          FAMILY),
      release("museum.md", "Museen in Beheim", LocalDate.of(2024, 1, 1), "Das Museum in Beheim zeigt Bilder."),
      release("park.md", "Parks in Beheim", LocalDate.of(2024, 1, 1), "Der Park in Beheim hat Bänke."),
      release("schule.md", "Schulen in Beheim", LocalDate.of(2024, 1, 1), "Die Schule in Beheim hat 300 Kinder."));

  @Test
  void aQuestionForAQuotedAppIsAnsweredByTheSentenceNamingIt() {
    Answer answer = engine.answer(Question.of("Was bietet die App „Unser Beheim“?"));

    assertThat(answer.text()).contains("mit Nachrichten und Wetter").doesNotContain("Tickettakt");
  }
}
