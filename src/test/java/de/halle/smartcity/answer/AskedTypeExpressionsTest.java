package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedTypeExpressionsTest {

  @Test
  void theShippedFileGivesEveryKindButAnyAQuestionExpression() {
    AskedTypeExpressions shipped = AskedTypeExpressions.read(AskedTypeExpressions.SHIPPED);

    for (AskedType type : AskedType.values()) {
      assertThat(shipped.of(type, Role.QUESTION)).as(type.name()).matches(p -> (p == null) == (type == AskedType.ANY));
    }
    assertThat(shipped.of(AskedType.WHO, Role.ANSWER)).isNull();
  }

  @Test
  void anExpressionIsReadAsWrittenWithoutJavaEscaping() {
    AskedTypeExpressions shipped = AskedTypeExpressions.read(AskedTypeExpressions.SHIPPED);

    assertThat(shipped.of(AskedType.TIME, Role.QUESTION).pattern())
        .isEqualTo("^wann\\b|\\b(bis|ab) wann\\b|\\bin welchem jahr\\b");
    assertThat(shipped.of(AskedType.NUMBER, Role.ANSWER).matcher("fünf").find()).isTrue();
  }

  @Test
  void aCompleteFileIsReadLineByLine() {
    AskedTypeExpressions small = AskedTypeExpressions.read("lang-fixtures/asked-types-small.tsv");

    assertThat(small.of(AskedType.MONEY, Role.STATED).pattern()).isEqualTo("kostenlos");
    assertThat(small.general(Role.SOURCE_DATE).pattern()).isEqualTo("laut \\w+");
    assertThat(small.sourceStarts()).isEqualTo(List.of("laut"));
    assertThat(small.of(AskedType.COUNT, Role.NOT_ANSWER).pattern()).isEqualTo("im \\d{4}");
  }

  @Test
  void theGivenNamePlaceholderStandsForAnyGivenName() {
    AskedTypeExpressions small = AskedTypeExpressions.read("lang-fixtures/asked-types-small.tsv");

    assertThat(small.of(AskedType.ROLE, Role.QUESTION).matcher("wer ist anna muster").find()).isTrue();
    assertThat(small.of(AskedType.ROLE, Role.QUESTION).matcher("wer ist oberbürgermeister").find()).isFalse();
  }

  @Test
  void aMissingLineIsNamedWithTheFile() {
    assertThatThrownBy(() -> AskedTypeExpressions.read("lang-fixtures/asked-types-missing-line.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lang-fixtures/asked-types-missing-line.tsv: no 'money\tstated' line");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "asked-types-bad-regex.tsv | :2: not a valid regular expression: Unclosed group",
      "asked-types-unexpected-role.tsv | :2: kind 'who' takes no 'answer' line; it takes [question]",
      "asked-types-unknown-kind.tsv | :2: 'colour' is not a kind; expected '*' or one of [payer, money, distance, count, duration, age, number,",
      "asked-types-doubled-line.tsv | :3: 'number question' already given on line 2",
      "asked-types-unknown-role.tsv | :2: 'synonym' is not a role; expected one of [question, answer, stated,"})
  void aMalformedLineIsNamedWithFileAndLine(String file, String message) {
    assertThatThrownBy(() -> AskedTypeExpressions.read("lang-fixtures/" + file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("lang-fixtures/" + file + message);
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> AskedTypeExpressions.read("lang/de/no-asked-types.tsv"))
        .hasMessage("language data file missing from the classpath: lang/de/no-asked-types.tsv");
  }
}
