package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.answer.MessageChatter.Chatter;
import de.halle.smartcity.answer.MessageChatter.Role;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What in one sentence of a message is chatter; whole messages are {@link MessageFocusTest}'s. */
class MessageChatterTest {

  @Test
  void expressionsMatchWholePartsOnly() {
    MessageChatter strict = new MessageChatter(SmallTalk.load(),
        List.of(new Chatter(Role.CLAUSE, Pattern.compile("ich habe eine frage"))));

    assertThat(strict.withoutLeadingChatter("Ich habe eine Frage zum Markt."))
        .isEqualTo("Ich habe eine Frage zum Markt.");
    assertThat(strict.withoutLeadingChatter("Ich habe eine Frage.")).isEmpty();
    assertThat(strict.withoutLeadingChatter("Ich habe eine Frage: wann ist der Markt?"))
        .isEqualTo("wann ist der Markt?");
  }

  @Test
  void aSignatureSignsOffOnlyAfterASentenceThatAsks() {
    MessageChatter names = new MessageChatter(SmallTalk.load(), List.of(new Chatter(Role.SIGNATURE,
        Pattern.compile("anna")), new Chatter(Role.SIGNOFF, Pattern.compile("beste grüße"))));

    assertThat(names.signOff("Anna.", false)).isFalse();
    assertThat(names.signOff("Anna.", true)).isTrue();
    assertThat(names.signOff("Beste Grüße, Anna", false)).as("a sign-off expression wherever it stands").isTrue();
    assertThat(names.withoutLeadingChatter("Anna")).as("a name alone may be what is asked about").isEqualTo("Anna");
  }

  @Test
  void aGivenNameThatIsNotLowerCaseLettersIsRejectedWithFileAndLine() {
    assertThat(MessageChatter.givenNames(MessageChatter.GIVEN_NAMES)).startsWith("(?:").contains("|sabine|");

    assertThatThrownBy(() -> MessageChatter.givenNames("lang-fixtures/given-names-capitalised.txt"))
        .hasMessage("lang-fixtures/given-names-capitalised.txt:3: expected a lower-case given name but found 'Sabine'");
  }

  @Test
  void theShippedFileLoadsAndUnknownRolesAreRejectedWithFileAndLine() {
    assertThat(LanguageTable.read(MessageChatter.CHATTER, 2)).isNotEmpty();
    LanguageTable.Row row = new LanguageTable.Row("lang/x.tsv", 7, List.of("greeting", "hallo"));

    assertThatThrownBy(() -> row.constant(0, Role.class)).hasMessageStartingWith("lang/x.tsv:7: 'greeting'");
  }
}
