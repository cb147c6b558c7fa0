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
      "Dich, Sabine, habe ich gefragt?"})
  void aNameTheQuestionAsksAboutOrAWordThatIsNoNameStays(String message) {
    assertThat(selfIntroductions.masked(message)).isEqualTo(message);
    assertThat(selfIntroductions.without(message)).isEqualTo(message);
  }

  @Test
  void aLineWithoutExactlyOnePlaceholderIsRejectedWithFileAndLine() {
    assertThatThrownBy(() -> SelfIntroductions.read("lang-fixtures/self-introductions-two-names.txt", "(?:anna)"))
        .hasMessage("lang-fixtures/self-introductions-two-names.txt:3: expected one {name} or {given-name} but found 2");
  }
}
