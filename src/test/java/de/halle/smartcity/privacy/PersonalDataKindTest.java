package de.halle.smartcity.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataKindTest {
  private final PersonalDataScrubber scrubber = new PersonalDataScrubber();

  @Test
  void theScrubbersPlaceholdersAreFoundAndLeftOutWithTheSpaceBeforeThem() {
    String scrubbed = scrubber.scrub("Wann kommt der Bus? Tel. 0345 1234567, Mail max.muster@example.org").text();

    assertThat(PersonalDataKind.placeholderIn(scrubbed)).as(scrubbed).isTrue();
    assertThat(PersonalDataKind.withoutPlaceholders(scrubbed)).isEqualTo("Wann kommt der Bus? Tel., Mail");
  }

  @Test
  void aTextWithoutPlaceholdersIsKeptAsItIsAndBracketsAloneAreNoPlaceholder() {
    String text = "Was kostet der [Eintritt] im Planetarium?";

    assertThat(PersonalDataKind.placeholderIn(text)).isFalse();
    assertThat(PersonalDataKind.withoutPlaceholders(text)).isEqualTo(text);
  }
}
