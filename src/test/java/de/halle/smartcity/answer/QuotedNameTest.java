package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedNameTest {

  @Test
  void aQuotedNameIsReadWithoutCaseSpacesAndHyphens() {
    assertThat(QuotedName.of("Was bietet die App „Unser Beheim“?").names()).containsExactly("unserbeheim");
    assertThat(QuotedName.of("Was ist der \"Muster-Pass\"?").names()).containsExactly("musterpass");
    assertThat(QuotedName.folded("die App-Familie „Unser Beheim“")).isEqualTo("dieappfamilieunserbeheim");
  }

  @Test
  void aQuestionWithoutAQuotedNameNamesNothing() {
    assertThat(QuotedName.of("Was bietet die App Unser Beheim?")).isEqualTo(QuotedName.NONE);
    assertThat(QuotedName.of("Was bedeutet „ambulant“?")).isEqualTo(QuotedName.NONE);
  }
}
