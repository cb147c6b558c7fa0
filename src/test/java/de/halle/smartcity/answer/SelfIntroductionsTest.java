package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelfIntroductionsTest {

  private final SelfIntroductions selfIntroductions = SelfIntroductions.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ich, Sabine Muster, möchte wissen, wann?            | Ich, [NAME], möchte wissen, wann?            | Ich möchte wissen, wann?
      Ich (Sabine Muster) möchte wissen, wann?            | Ich ([NAME]) möchte wissen, wann?            | Ich möchte wissen, wann?
      Mein Name ist Sabine Muster und ich möchte wissen?  | Mein Name ist [NAME] und ich möchte wissen?  | ich möchte wissen?
      mein name ist sabine und wann war er?               | mein name ist [NAME] und wann war er?        | wann war er?
      Ich heiße Ahmet Yılmaz, wann war er?                | Ich heiße [NAME], wann war er?               | wann war er?
      Ich bin Sabine Muster und möchte wissen, wo?        | Ich bin [NAME] und möchte wissen, wo?        | Ich möchte wissen, wo?
      Hier schreibt Jörg Schulze, wann war er?            | Hier schreibt [NAME], wann war er?           | wann war er?
      My name is Anna Smith and where was it?             | My name is [NAME] and where was it?          | where was it?
      Hier ist Anna Schulze und ich möchte wissen, wann?  | Hier ist [NAME] und ich möchte wissen, wann? | ich möchte wissen, wann?
      Hallo, hier Anna Schulze, wann war er?              | Hallo, hier [NAME], wann war er?             | Hallo, wann war er?
      Anna Schulze hier, wann war er?                     | [NAME] hier, wann war er?                    | wann war er?
      Danke. Jörg hier und wann war er?                   | Danke. [NAME] hier und wann war er?          | Danke. wann war er?
      Anna Smith here, when was it?                       | [NAME] here, when was it?                    | when was it?
      """)
  void aNameTheWriterIntroducesThemselfWithIsMaskedForTheEditorsAndLeftOutOfTheSearch(
      String message, String masked, String without) {
    assertThat(selfIntroductions.masked(message)).isEqualTo(masked);
    assertThat(selfIntroductions.without(message)).isEqualTo(without);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Wer ist Sabine Odparlik?", "Was macht Sabine Odparlik?", "Ist Sabine Muster die Leiterin?",
      "Ich bin Studentin und möchte wissen, welche Förderung es gibt?", "Ich bin neu in Halle, wo ist das Bürgerbüro?",
      "Wie ist der Name des Projekts?", "Wann spricht Sabine Odparlik beim Digitaltag?", "Wo bin ich, Sabine?",
      "Dich, Sabine, habe ich gefragt?", "Ist hier Anna Schulze zuständig?", "Ist Anna Schulze hier, im Büro?",
      "Wann ist Anna Schulze hier?", "Hier ist das Bürgerbüro, wann hat es offen?", "Is Anna Smith here, in Halle?"})
  void aNameTheQuestionAsksAboutOrAWordThatIsNoNameStays(String message) {
    assertThat(selfIntroductions.masked(message)).isEqualTo(message);
    assertThat(selfIntroductions.without(message)).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Mein Name ist Anna Schulze Wann ist der Digitaltag?   | Mein Name ist [NAME] Wann ist der Digitaltag?   | Wann ist der Digitaltag?
      Mein Name ist Anna Wo fand der Digitaltag statt?      | Mein Name ist [NAME] Wo fand der Digitaltag statt? | Wo fand der Digitaltag statt?
      Ich heiße Jörg Schulze Wie komme ich zum Bürgerbüro?  | Ich heiße [NAME] Wie komme ich zum Bürgerbüro?  | Wie komme ich zum Bürgerbüro?
      Hier schreibt Jörg Schulze Gibt es eine App?          | Hier schreibt [NAME] Gibt es eine App?          | Gibt es eine App?
      Ich bin Anna Schulze Können Sie mir helfen?           | Ich bin [NAME] Können Sie mir helfen?           | Ich Können Sie mir helfen?
      My name is Anna Smith When was it?                    | My name is [NAME] When was it?                  | When was it?
      Mein Name ist Anna Weil und wann war er?              | Mein Name ist [NAME] und wann war er?           | wann war er?
      """)
  void aQuestionWordOrOtherFunctionWordEndsANameWrittenWithoutPunctuationAfterIt(
      String message, String masked, String without) {
    assertThat(selfIntroductions.masked(message)).isEqualTo(masked);
    assertThat(selfIntroductions.without(message)).isEqualTo(without);
  }

  @Test
  void aNameEndingWordThatIsNotOneLowerCaseWordIsRejectedWithFileAndLine() {
    assertThatThrownBy(() -> SelfIntroductions.nameEndingWords("lang-fixtures/name-ending-words-two-words.txt"))
        .hasMessage("lang-fixtures/name-ending-words-two-words.txt:3: expected one lower-case word but found "
            + "'wie viel'");
  }

  @Test
  void aLineWithoutExactlyOnePlaceholderIsRejectedWithFileAndLine() {
    assertThatThrownBy(() -> SelfIntroductions.read("lang-fixtures/self-introductions-two-names.txt", "(?:anna)",
        "(?:wann)"))
        .hasMessage("lang-fixtures/self-introductions-two-names.txt:3: expected one {name} or {given-name} but found 2");
  }
}
