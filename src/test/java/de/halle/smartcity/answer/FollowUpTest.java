package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpTest {

  /** How many release sentences name a word: "Halle" many, "Oulu" few, others none. */
  private static final ToIntFunction<String> RARITY = word -> Map.of("Halle", 40, "Partnerstadt", 12, "Oulu", 3)
      .getOrDefault(word, 0);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Und 2020?|true",
      "2021|true",
      "Und was ist mit Leipzig?|true",
      "What about 2020?|true",
      "Welche Städte wurden 2020 besucht?|false",
      "Wer organisiert das Programm?|false",
      "Danke|false",
      "Wo fand er statt?|true",
      "Gibt es dort Parkplätze?|true",
      "Wann haben Sie geöffnet?|false",
      "Gibt es einen Direktflug nach Gjumri?|false",
      "Wo fand der Digitaltag statt, und wer hat ihn eröffnet?|false"})
  void recognisesShortFollowUps(String text, boolean followUp) {
    assertThat(FollowUp.isFollowUp(text)).isEqualTo(followUp);
  }

  @Test
  void followUpWithAYearReplacesTheYearOfThePreviousQuestion() {
    String merged = FollowUp.resolve("Und 2020?", List.of("Welche Städte wurden 2019 besucht?"), RARITY).text();

    assertThat(merged).contains("Städte", "besucht", "2020").doesNotContain("2019");
  }

  @Test
  void followUpWithAWordKeepsThePreviousNumbers() {
    assertThat(FollowUp.resolve("Und in Leipzig?", List.of("Was geschah 2019 in Halle?"), RARITY).text())
        .contains("2019", "Leipzig");
  }

  @Test
  void fullQuestionIsLeftAlone() {
    assertThat(FollowUp.resolve("Wer organisiert das Programm?", List.of("Welche Städte wurden 2019 besucht?"),
        RARITY).text())
        .isEqualTo("Wer organisiert das Programm?");
  }

  @Test
  void chainsOfFollowUpsKeepTheFirstQuestionsTopic() {
    String merged =
        FollowUp.resolve("Und 2021?", List.of("Welche Städte wurden 2019 besucht?", "Und 2020?"), RARITY).text();

    assertThat(merged).contains("Städte", "2021").doesNotContain("2019", "2020");
  }

  @Test
  void thePreviousQuestionIsTheLastEarlierOneMergedWithThoseItFollows() {
    List<String> earlier = List.of("Welche Städte wurden 2019 besucht?", "Und 2020?");

    assertThat(FollowUp.previous(earlier, RARITY))
        .isEqualTo(FollowUp.resolve("Und 2020?", earlier.subList(0, 1), RARITY).text())
        .contains("Städte", "2020").doesNotContain("2019");
    assertThat(FollowUp.previous(List.of(), RARITY)).isNull();
    assertThat(FollowUp.resolveAfter("Und 2021?", FollowUp.previous(earlier, RARITY), RARITY))
        .isEqualTo(FollowUp.resolve("Und 2021?", earlier, RARITY));
  }

  @Test
  void aLongOpenerIsLeftOutOfTheMergedQuestionAsAWhole() {
    assertThat(FollowUp.resolve("Und was ist mit 2020?", List.of("Was geschah 2019 in Halle?"), RARITY).text())
        .isEqualTo("Was geschah in Halle 2020?");
  }

  @ParameterizedTest(name = "{0} after \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Und Linz?|Seit wann ist Oulu Partnerstadt von Halle?|Seit wann ist Linz Partnerstadt von Halle?",
      "Und was ist mit Linz?|Seit wann ist Oulu Partnerstadt von Halle?|Seit wann ist Linz Partnerstadt von Halle?",
      "Und mit Linz?|Wann wurde die Partnerschaft mit Oulu geschlossen?|Wann wurde die Partnerschaft mit Linz "
          + "geschlossen?",
      "Und für Linz?|Wer unterschrieb für Halle die Partnerschaft mit Oulu?|Wer unterschrieb für Linz die "
          + "Partnerschaft mit Oulu?",
      "Und in Leipzig?|Was geschah 2019 in Halle?|Was geschah 2019 in Leipzig?",
      "Und mit Linz?|Seit wann ist Oulu Partnerstadt von Halle?|Seit wann ist Oulu Partnerstadt von Halle mit Linz?",
      "Und der Grundtarif?|Wann startete rollmix_rad?|Wann startete rollmix_rad der Grundtarif?"})
  void aFollowUpOfOneNameReplacesTheEarlierQuestionsNameInTheSameRole(String followUp, String earlier,
      String merged) {
    assertThat(FollowUp.resolve(followUp, List.of(earlier), RARITY).text()).isEqualTo(merged);
  }

  @Test
  void withoutEarlierQuestionsAFollowUpStaysAsTyped() {
    assertThat(FollowUp.resolve("Und 2020?", List.of(), RARITY).text()).isEqualTo("Und 2020?");
  }

  @Test
  void theLongestOpenerWinsWhateverTheFilesOrderAndOnlyAtTheStartOfAText() {
    Pattern opener = FollowUp.opener("lang-fixtures/follow-up-openers-order.txt");

    assertThat(opener.matcher("Na und 2020?").replaceFirst("")).isEqualTo(" 2020?");
    assertThat(opener.matcher("Na 2020?").replaceFirst("")).isEqualTo(" 2020?");
    assertThat(opener.matcher("Nanu 2020?").find()).isFalse();
  }

  @Test
  void anOpenerThatIsNoPlainLowerCaseWordIsNamedWithFileAndLine() {
    assertThatThrownBy(() -> FollowUp.opener("lang-fixtures/follow-up-openers-regex.txt"))
        .hasMessage("lang-fixtures/follow-up-openers-regex.txt:3: expected lower-case words separated by single spaces "
            + "but found '(na )?und'");
  }

  @Test
  void aFileWithoutOpenersIsNamed() {
    assertThatThrownBy(() -> FollowUp.opener("lang-fixtures/follow-up-openers-empty.txt"))
        .hasMessage("lang-fixtures/follow-up-openers-empty.txt: no follow-up opener");
  }

  @Test
  void theReplacedNameAndItsReplacementAreTold() {
    FollowUp.Resolved resolved = FollowUp.resolve("Und Linz?", List.of("Seit wann ist Oulu Partnerstadt von Halle?"),
        RARITY);

    assertThat(resolved.replaced()).isEqualTo("Oulu");
    assertThat(resolved.replacement()).isEqualTo("Linz");
    assertThat(FollowUp.resolve("Und 2020?", List.of("Was geschah 2019?"), RARITY).replaced()).isNull();
  }

  @Test
  void aQuestionReferringBackWithAPronounIsMergedWithoutThePronoun() {
    assertThat(FollowUp.resolve("Wo fand er statt?", List.of("Wann fand der Digitaltag statt?"), RARITY).text())
        .isEqualTo("Wann fand der Digitaltag statt wo fand statt?");
  }

  @Test
  void aPronounThatIsNoPlainLowerCaseWordIsNamedWithFileAndLine() {
    assertThatThrownBy(() -> FollowUp.pronouns("lang-fixtures/follow-up-pronouns-bad.txt"))
        .hasMessage("lang-fixtures/follow-up-pronouns-bad.txt:2: expected one lower-case word but found 'Sie'");
  }
}
