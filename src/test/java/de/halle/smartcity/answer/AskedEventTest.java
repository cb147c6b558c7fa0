package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedEventTest {

  private static final AskedEvent EVENTS = AskedEvent.load();

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Wann wurde der Verein gegründet? | Der Verein wurde 1990 gegründet. | true",
      "Wann wurde der Verein gegründet? | Die Gründung des Vereins war 1990. | true",
      "Wann wurde der Verein gegründet? | Vorsitzende des Vereins war 2021 Anna Muster. | false",
      "Wann wurde der Verein gegründet? | Aus diesen Gründen zog der Verein 1990 um. | false",
      "Wann gründete Anna Muster den Verein? | Anna Muster ist seit 1990 Gründerin des Vereins. | true",
      "Wann wurde das Haus eröffnet? | Die Eröffnung des Hauses fand am 3. Mai statt. | true",
      "Wann wurde das Haus eröffnet? | Das Haus hat 2022 rund 5000 Gäste gezählt. | false",
      "Wann hat der Rat den Plan beschlossen? | Der Rat beschloss den Plan im Mai 2020. | true",
      "Wann hat der Rat den Plan beschlossen? | Der Plan gilt seit Mai 2020. | false",
      "Wann wurde der Vertrag unterschrieben? | Der Vertrag von 1990 gilt bis heute. | true",
      "Wann war die Konferenz? | Die Konferenz war im April. | true",
      "Wann war die Konferenz? | Das Haus wurde 2019 eröffnet. | true"})
  void aSentenceHoldsTheDateOfTheAskedEventOnlyWhenItNamesIt(String question, String sentence, boolean holds) {
    assertThat(EVENTS.of(question).test(sentence)).isEqualTo(holds);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
      "wann war Haus eingeweiht|eröffnet ; Das Haus wurde am 3. Mai eingeweiht. ; true",
      "wann war Haus eingeweiht|eröffnet ; Die Eröffnung des Hauses fand am 3. Mai statt. ; true",
      "wann war Haus eingeweiht|eröffnet ; Das Haus hat 2022 rund 5000 Gäste gezählt. ; false",
      "wann war Brücke abgeschlossen|fertiggestellt ; Die Brücke wurde 2021 gesperrt. ; false"})
  void eachAlternativeOfAnEnglishQuestionsTranslatedEventWordNamesTheEvent(String question, String sentence,
      boolean holds) {
    assertThat(EVENTS.of(question).test(sentence)).isEqualTo(holds);
  }
}
