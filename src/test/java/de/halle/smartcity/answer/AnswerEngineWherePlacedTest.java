package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A "wo" question about a thing is answered by a sentence placing it right before its name ("bauen im Musterpark
 * ein Messfeld auf"), not declined because the sentence neither says "liegt" nor gives an address.
 */
class AnswerEngineWherePlacedTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("messfeld.md", "Neues von den Stadtwerken Musterstadt", LocalDate.of(2024, 7, 1),
          "Die Stadtwerke bauen im Musterpark Nordstraße ein Messfeld für Sensoren auf.",
          "Die Stadtwerke beschäftigen 300 Menschen."));

  @Test
  void aPlaceRightBeforeTheNameAnswersWhereItIs() {
    Answer answer = engine.answer(Question.of("Wo ist das Messfeld?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("im Musterpark Nordstraße ein Messfeld");
  }
}
