package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question about one name of a list is answered by that name's line, not its sibling lines about other names. */
class AnswerEngineListLinesTest {

  private static final String CEHEIM =
      "Die Städtepartnerschaft zwischen Musterstadt und Ceheim in Baschkortostan besteht seit 1997.";

  @TempDir
  static Path cache;

  private static AnswerEngine engine;

  @BeforeAll
  static void openEngine() {
    engine = TestReleases.engine(cache, Path.of("knowledge/synonyms.txt"),
        release("partner.md", "Partnerstädte und befreundete Städte von Musterstadt", LocalDate.of(2024, 9, 16),
            "Musterstadt hat fünf Partnerstädte: Aheim, Beheim, Ceheim, Deheim und Eheim.",
            "Partnerstädte",
            "Die Städtepartnerschaft zwischen Musterstadt und Aheim in Finnland besteht seit 1968.",
            "Die Städtepartnerschaft zwischen Musterstadt und Beheim besteht seit 1987.",
            CEHEIM,
            "Die Städtepartnerschaft zwischen Musterstadt und Deheim in Arland besteht seit 2009.",
            "Die Städtepartnerschaft zwischen Musterstadt und Eheim besteht seit 2023.",
            "Einzelheiten zu den Partnerstädten",
            "Die Städtepartnerschaft mit Ceheim wurde 1997 wiederbelebt."));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Seit wann ist Ceheim mit Musterstadt verpartnert?", "Seit wann ist Ceheim Partnerstadt?"})
  void theLineNamingTheAskedTownLeadsAndNoSiblingLineAboutAnotherTownJoins(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.evidence().get(0)).isEqualTo(CEHEIM);
    assertThat(answer.text()).doesNotContain("heim besteht").doesNotContain("Arland").doesNotContain("Finnland");
  }
}
