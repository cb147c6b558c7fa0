package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question about one name of a list is answered by that name's line, not its sibling lines about other names; a
 * "Welche …" question answered by a line listing instances gets no line relating one of them to another name.
 */
class AnswerEngineListLinesTest {

  private static final String EXCHANGE = "Dorfen, Efeld und Fehausen sind keine Partnerstädte von Musterstadt, "
      + "sondern waren Partner im Austauschprogramm „Transatlantic Cities of Tomorrow“.";

  private static final String[] LINES = {
      "Musterstadt hat fünf Partnerstädte: Aheim, Beheim, Ceheim, Deheim und Eheim.",
      "Partnerstädte",
      "Die Städtepartnerschaft zwischen Musterstadt und Aheim in Finnland besteht seit 1968.",
      "Die Städtepartnerschaft zwischen Musterstadt und Beheim besteht seit 1987.",
      "Die Städtepartnerschaft zwischen Musterstadt und Ceheim in Baschkortostan besteht seit 1997.",
      "Die Städtepartnerschaft zwischen Musterstadt und Deheim in Arland besteht seit 2009.",
      "Die Städtepartnerschaft zwischen Musterstadt und Eheim besteht seit 2023.",
      "Einzelheiten zu den Partnerstädten",
      "Die Städtepartnerschaft mit Ceheim wurde 1997 wiederbelebt."};
  private static final String[] EXCHANGE_LINES = {
      "Begegnungen im September 2024",
      "Vom 16. bis 21. September 2024 fand ein Austausch von Auszubildenden zwischen Musterstadt und Beheim statt.",
      "Keine Partnerstädte: Dorfen, Efeld und Fehausen",
      EXCHANGE,
      "Fehausen ist seit dem 28. Mai 2003 Partnerstadt von Gestadt."};

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(partners(LINES));
  @RegisterExtension
  static final EngineFixture exchangeEngine = EngineFixture.withSynonyms(
      partners(Stream.concat(Arrays.stream(LINES), Arrays.stream(EXCHANGE_LINES)).toArray(String[]::new)));

  private static KnowledgeDocument partners(String... paragraphs) {
    return release("partner.md", "Partnerstädte und befreundete Städte von Musterstadt", LocalDate.of(2024, 9, 16),
        paragraphs);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Seit wann ist Ceheim mit Musterstadt verpartnert?", "Seit wann ist Ceheim Partnerstadt?"})
  void theLineNamingTheAskedTownLeadsAndNoSiblingLineAboutAnotherTownJoins(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.evidence().get(0))
        .isEqualTo("Die Städtepartnerschaft zwischen Musterstadt und Ceheim in Baschkortostan besteht seit 1997.");
    assertThat(answer.text()).doesNotContain("heim besteht").doesNotContain("Arland").doesNotContain("Finnland");
  }

  @Test
  void welcheQuestionAnsweredByTheInstancesGetsNoLineRelatingOneOfThemToAnotherTown() {
    Answer answer = exchangeEngine.answer(Question.of("Mit welchen Städten gab es schon einen Austausch?"));

    assertThat(answer.evidence()).containsExactly(EXCHANGE);
  }
}
