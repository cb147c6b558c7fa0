package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Was ist …?" prefers the sentence that says what it is, but a release without one still answers. */
class AnswerEngineDefinitionTest {

  /** The project's release on the digital twin: most of its sentences name it, the first says what it is. */
  private static final String TWIN = "014-hal-plan.md";

  private static final KnowledgeDocument TWIN_RELEASE =
      new KnowledgeFolder(Path.of("knowledge")).loadFile(TWIN).document().orElseThrow();
  private static final String DEFINITION = TWIN_RELEASE.paragraphs().get(0);

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(TWIN_RELEASE,
      release("messe.md", "Musterstadt auf der Messe Bauwelt", LocalDate.of(2025, 10, 6),
          "Auf der Messe Bauwelt 2025 traten die Stadt Musterstadt und ihre Gesellschaft gemeinsam auf.",
          "Auf dem Gemeinschaftsstand waren auf der Messe Bauwelt 2025 insgesamt 27 Aussteller vertreten."),
      release("lernort.md", "Das Lernzentrum Beispielgasse 7 in Musterstadt-Nord", LocalDate.of(2024, 11, 15),
          "Das Lernzentrum Beispielgasse 7 liegt in Musterstadt-Nord, in der Beispielgasse 7.",
          "Das Lernzentrum Beispielgasse 7 ist die Basis der Lerninitiative „Digital Nord“, die Medienkompetenz "
              + "vermittelt.",
          "Angebote",
          "Zum Lernzentrum Beispielgasse 7 gehört außerdem ein Medienraum.",
          "Für Jugendliche sind im Lernzentrum Beispielgasse 7 Workshops geplant.",
          "Mit „Dr. Daten“ hat das Lernzentrum Beispielgasse 7 zusätzlich ein mobiles Angebot."),
      release("partner.md", "Beispielhausen: Partnerstadt von Musterstadt", LocalDate.of(2024, 9, 16),
          "Beispielhausen in Armenien ist seit 2023 Partnerstadt von Musterstadt.",
          "Unterzeichnung",
          "Der Hauptausschuss von Musterstadt hatte der Partnerschaft mit Beispielhausen bereits im Mai 2020 "
              + "zugestimmt.",
          "Angaben zur Einwohnerzahl von Beispielhausen weichen ab: Musterstadt nennt für Beispielhausen rund "
              + "122.000 Einwohner, ein Portal nennt für Beispielhausen 130.000.",
          "Seit März 2024 reisen Schüler aus Beispielhausen nach Musterstadt und aus Musterstadt nach Beispielhausen."));

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Was ist HAL-Plan?", "Was ist der HAL-Plan?", "Was ist HAL-Plan eigentlich?"})
  void aWhatIsQuestionStartsWithTheSentenceSayingWhatItIs(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(DEFINITION).contains(" ist ein ");
    assertThat(answer.evidence()).first().isEqualTo(DEFINITION);
  }

  @Test
  void aWhatIsQuestionAboutANameOfSeveralWordsStartsWithTheSentenceSayingWhatItIs() {
    Answer answer = engine.answer(Question.of("Was ist das Lernzentrum Beispielgasse 7?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).anyMatch(sentence -> sentence.contains("ist die Basis der Lerninitiative"))
        .noneMatch(sentence -> sentence.contains("Medienraum"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Was ist Beispielhausen?", "What is Beispielhausen?"})
  void aNounWithoutArticleAfterTheCopulaSaysWhatItIs(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).first().isEqualTo("Beispielhausen in Armenien ist seit 2023 Partnerstadt von "
        + "Musterstadt.");
    assertThat(answer.evidence()).noneMatch(sentence -> sentence.contains("Hauptausschuss"));
  }

  @Test
  void aWhatIsQuestionIsStillAnsweredWhenNoSentenceSaysWhatItIs() {
    Answer answer = engine.answer(Question.of("Was ist die Messe Bauwelt?"));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.text()).contains("Bauwelt 2025");
  }
}
