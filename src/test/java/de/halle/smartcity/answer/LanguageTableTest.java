package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTableTest {

  @Test
  void readsRowsWithTheirLineNumbersAndSkipsCommentsAndBlankLines() {
    assertThat(LanguageTable.read("lang/smalltalk-replies.tsv", 3))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.columns()).hasSize(3))
        .first()
        .satisfies(row -> assertThat(row.line()).isEqualTo(2));
  }

  @Test
  void aRowWithTheWrongNumberOfColumnsIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> LanguageTable.read("lang-fixtures/short-row.tsv", 2))
        .hasMessage("lang-fixtures/short-row.tsv:4: expected 2 tab-separated columns but found 1 in 'gamma'");
  }

  @Test
  void anUnknownRoleIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> SmallTalkPhrases.read("lang-fixtures/unknown-role.tsv"))
        .hasMessageStartingWith("lang-fixtures/unknown-role.tsv:2: 'shouting' is not one of [GREETING");
  }

  @Test
  void aMissingReplyIsNamed() {
    assertThatThrownBy(() -> SmallTalkReplies.read("lang-fixtures/missing-replies.tsv"))
        .hasMessageStartingWith("small-talk reply missing for greeting/en");
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> LanguageTable.read("lang/no-such-file.tsv", 1))
        .hasMessage("language data file missing from the classpath: lang/no-such-file.tsv");
  }
}
