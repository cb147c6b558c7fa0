package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresentTenseTest {

  private final PresentTense tense = PresentTense.load();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Wer ist Oberbürgermeister?|true",
      "Wer ist der Leiter von Smart City Halle?|true",
      "Wer sind die Ansprechpartner im Bürgerservice?|true",
      "Wer war Oberbürgermeister?|false",
      "Wer ist 2014 Oberbürgermeister gewesen?|false",
      "Wer ist 2014 Vorsitzender des Aufsichtsrats?|false",
      "Wer ist nach Oulu gereist?|false",
      "Wer leitet das Amt?|false",
      "Wer ist der ehemalige Oberbürgermeister?|false",
      "Wer?|false"})
  void questionAsksForThePresentWhenItUsesAPresentFormOfSeinNoPastWordNoYearAndEndsWithANoun(
      String question, boolean present) {
    assertThat(tense.asksForPresent(question)).isEqualTo(present);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Oberbürgermeister Muster war ab April 2014 Vorsitzender des Aufsichtsrats.|true",
      "Die Partnerschaft wurde 1987 geschlossen.|true",
      "Die ehemalige Oberbürgermeisterin eröffnete das Fest.|true",
      "Oberbürgermeisterin von Musterstadt ist Erika Beispiel.|false",
      "Die Warenhäuser öffnen um neun Uhr.|false"})
  void sentenceTellsThePastWhenItUsesAPastWord(String sentence, boolean past) {
    assertThat(tense.tellsPast(sentence)).isEqualTo(past);
  }

  @Test
  void answersAsGoodComeFirstNewestReleaseFirstAndWithinAReleaseThePresentBeforeThePast() {
    List<String> ranked = List.of(
        "2021|Oberbürgermeister Muster war ab 2014 Vorsitzender.",
        "2021|Im Jahr 2014 baute Oberbürgermeister Muster die Gesellschaft um.",
        "2025|Die Messe fand im Oktober statt.",
        "2025|Oberbürgermeister Muster war bis 2024 im Amt.",
        "2025|Oberbürgermeisterin ist Erika Beispiel.");
    Comparator<String> newerFirst = Comparator.comparing((String s) -> s.substring(0, 4)).reversed();

    List<String> ordered = tense.order(ranked, s -> s.contains("Oberbürgermeister"), newerFirst, s -> s.substring(5));

    assertThat(ordered).containsExactly(
        "2025|Oberbürgermeisterin ist Erika Beispiel.",
        "2025|Oberbürgermeister Muster war bis 2024 im Amt.",
        "2021|Im Jahr 2014 baute Oberbürgermeister Muster die Gesellschaft um.",
        "2021|Oberbürgermeister Muster war ab 2014 Vorsitzender.",
        "2025|Die Messe fand im Oktober statt.");
  }
}
