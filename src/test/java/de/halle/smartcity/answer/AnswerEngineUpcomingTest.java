package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question for the next occurrence of something learns when the releases only name a past one. */
class AnswerEngineUpcomingTest {

  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

  private static final String FAIR_RELEASE = "024-expo-real.md";

  @RegisterExtension
  static final EngineFixture FAIR =
      EngineFixture.ofFolder(Path.of("knowledge"), Path.of("knowledge/synonyms.txt")).on(TODAY);

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("fest.md", "Stadtfesttag 2023 in Musterstadt", LocalDate.of(2023, 6, 10),
          "Der Stadtfesttag 2023 fand am 3. Juni 2023 im Stadtpark von Musterstadt statt."),
      release("licht.md", "Lichterfest in Musterstadt angekündigt", LocalDate.of(2026, 10, 1),
          "Das Lichterfest in Musterstadt findet am 5. Mai 2027 auf dem Marktplatz statt."),
      release("bahn.md", "Auslastung der Straßenbahn in Musterstadt", LocalDate.of(2024, 2, 1),
          "Seit 2024 zeigt die Musterstadt-App, wie voll die nächste Straßenbahn ist.")).on(TODAY);

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Wann ist der nächste Stadtfesttag?", "Wann findet der Stadtfesttag wieder statt?",
      "An welchem Tag ist der kommende Stadtfesttag?"})
  void aQuestionForTheNextOccurrenceLearnsThatTheNamedDateIsPast(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("3. Juni 2023").contains(PastEventNote.note("de"));
  }

  @Test
  void anEnglishQuestionForTheNextOccurrenceGetsTheNoteInEnglish() {
    Answer answer = engine.answer(Question.of("When is the next Stadtfesttag?"));

    assertThat(answer.text()).contains("3. Juni 2023").contains(PastEventNote.note("en"));
  }

  /**
   * The project's releases, among them one on a yearly fair: its sentences name the fair's past dates, and none says
   * "nächste", which once weighed enough among the question's few words to decline the question.
   */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Wann ist die nächste Expo Real?", "When is the next Expo Real?"})
  void theWordAskingForTheNextOccurrenceNeedNotBeInTheRelease(String question) {
    Answer answer = FAIR.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.sources()).extracting(Source::file).containsExactly(FAIR_RELEASE);
    assertThat(answer.text()).contains(PastEventNote.note(question.startsWith("When") ? "en" : "de"));
  }

  @Test
  void aComingDateGetsNoNote() {
    Answer answer = engine.answer(Question.of("Wann ist das nächste Lichterfest?"));

    assertThat(answer.text()).contains("5. Mai 2027").doesNotContain(PastEventNote.note("de"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Wann war der Stadtfesttag?", "In welcher App sehe ich, wie voll die nächste Straßenbahn ist?"})
  void aQuestionNotAskingWhenTheNextOccurrenceIsGetsNoNote(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).doesNotContain(PastEventNote.note("de"));
  }
}
