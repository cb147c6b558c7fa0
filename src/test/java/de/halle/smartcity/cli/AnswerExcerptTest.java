package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerExcerptTest {
  private static final Source A = new Source("A", LocalDate.of(2024, 1, 2), "https://example.org/a", "a.md");
  private static final Source B = new Source("B", LocalDate.of(2024, 1, 3), "https://example.org/b", "b.md");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a short body is kept                 | Kurz.                 | Kurz.
      line breaks become single spaces     | 'Eins.\\n\\n  Zwei.'    | Eins. Zwei.
      """)
  void aShortBodyIsShownWholeOnOneLine(String name, String body, String shown) {
    assertThat(AnswerExcerpt.body(body.replace("\\n", "\n"))).isEqualTo(shown);
  }

  @Test
  void aLongBodyIsCutAfterTheLastWholeWordThatFitsWithAnEllipsis() {
    String body = "Wort ".repeat(40).strip();

    String shown = AnswerExcerpt.body(body);

    assertThat(shown).hasSizeLessThanOrEqualTo(AnswerExcerpt.MAX_BODY).endsWith("Wort…").doesNotContain(" …");
    assertThat(body).startsWith(shown.substring(0, shown.length() - 1));
  }

  @Test
  void aBodyOfOneLongWordIsCutInsideItButNeverInsideASurrogatePair() {
    assertThat(AnswerExcerpt.body("x".repeat(300))).isEqualTo("x".repeat(AnswerExcerpt.MAX_BODY - 1) + "…");
    String emoji = "x".repeat(AnswerExcerpt.MAX_BODY - 2) + "😀".repeat(10);
    assertThat(AnswerExcerpt.body(emoji)).isEqualTo("x".repeat(AnswerExcerpt.MAX_BODY - 2) + "…");
  }

  @Test
  void anAnswerNamesItsFilesAndADeclineTheClosestOnesAndAFixedReplyNone() {
    Answer answered = new Answer(Answer.Kind.ANSWERED, "Ja.", List.of("Ja."), List.of(A, B, A), 0.9, "de");
    Answer declined = new Answer(Answer.Kind.DECLINED, "Dazu nichts.", List.of(), List.of(B), 0.1, "de");
    Answer fixed = new Answer(Answer.Kind.FIXED, "Hallo!", List.of(), List.of(), 1, "de");

    assertThat(AnswerExcerpt.of(answered)).isEqualTo("Ja. | Quelle: a.md, b.md");
    assertThat(AnswerExcerpt.of(declined)).isEqualTo("Dazu nichts. | nächste Mitteilung: b.md");
    assertThat(AnswerExcerpt.of(fixed)).isEqualTo("Hallo!");
  }

  @Test
  void aQuestionAskedAloneIsShownAsItIsAndAFollowUpWithItsEarlierQuestionsOnOneLineEachCut() {
    assertThat(AnswerExcerpt.asked("Wann war das Fest?", List.of())).isEqualTo("Wann war das Fest?");
    assertThat(AnswerExcerpt.asked("Und wo?", List.of("Wann war\ndas Fest?", "Und 2020?")))
        .isEqualTo("Und wo? (nach „Wann war das Fest?“, „Und 2020?“)");
    String shown = AnswerExcerpt.asked("Und wo?", List.of("Wort ".repeat(30)));
    assertThat(shown).startsWith("Und wo? (nach „Wort").endsWith("Wort…“)")
        .hasSize("Und wo? (nach „".length() + AnswerExcerpt.MAX_EARLIER - 1 + "…“)".length());
  }
}
