package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MessageFocusTest {

  private static final GermanSentenceSplitter SPLITTER = GermanSentenceSplitter.withBundledAbbreviations();
  private static final Predicate<String> NOTHING_UNKNOWN = sentence -> false;
  private final MessageFocus focus = MessageFocus.load(SPLITTER, SmallTalk.load());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hallo! Wo fand der Digitaltag statt?                                  | Wo fand der Digitaltag statt?
      Guten Tag. Wo fand der Digitaltag statt? Danke!                       | Wo fand der Digitaltag statt?
      Wo fand der Digitaltag statt? Vielen Dank im Voraus, Anna Schulze     | Wo fand der Digitaltag statt?
      Wo fand der Digitaltag statt? Viele Grüße, Jörg                       | Wo fand der Digitaltag statt?
      Wo fand der Digitaltag statt? LG Petra                                | Wo fand der Digitaltag statt?
      Guten Tag, mein Name ist Jörg Schulze. Wo fand der Digitaltag statt?  | Wo fand der Digitaltag statt?
      Guten Tag, mein Name ist Jörg Schulze, ich wohne in Halle-Neustadt. Wann ist der Markt? | ich wohne in Halle-Neustadt. Wann ist der Markt?
      Moin, ich hätte eine Frage: wo fand der Digitaltag statt?             | wo fand der Digitaltag statt?
      Ich habe eine Frage. Wann ist der Markt?                              | Wann ist der Markt?
      Hi, my name is Anna. Where did the Digitaltag take place? Thanks in advance, Anna | Where did the Digitaltag take place?
      Danke! Und wann war das?                                              | Und wann war das?
      Ich bin Sabine. Wo fand der Digitaltag statt?                         | Wo fand der Digitaltag statt?
      Hallo, ich bin die Sabine Muster, wo fand der Digitaltag statt?       | wo fand der Digitaltag statt?
      I'm Christian. Where did the Digitaltag take place?                   | Where did the Digitaltag take place?
      Ich bin Sabine und habe eine Frage: wo fand der Digitaltag statt?     | wo fand der Digitaltag statt?
      Ich bin Sabine aus Halle. Wo fand der Digitaltag statt?               | Wo fand der Digitaltag statt?
      Mein Name ist Jörg und ich hätte eine Frage: wo fand der Digitaltag statt? | wo fand der Digitaltag statt?
      Hallo und danke im Voraus. Wo fand der Digitaltag statt?              | Wo fand der Digitaltag statt?
      Wo fand der Digitaltag statt? Sabine                                  | Wo fand der Digitaltag statt?
      Wo fand der Digitaltag statt? Sabine Muster, Halle                    | Wo fand der Digitaltag statt?
      I am Sabine from Halle and I have a question: where was the Digitaltag? | where was the Digitaltag?
      Was steht auf https://example.org/seite?id=1 über den Digitaltag?     | Was steht auf über den Digitaltag?
      Wo fand der Digitaltag statt? www.example.org/digitaltag.             | Wo fand der Digitaltag statt?
      Meine Oma fragt, ob das Amt umgezogen ist.                            | ob das Amt umgezogen ist.
      Mein Nachbar möchte wissen, wann der Markt ist.                       | wann der Markt ist.
      Meine Frage ist, wo der Digitaltag stattfand.                         | wo der Digitaltag stattfand.
      Meine Oma ist krank. Wo ist das Amt?                                  | Meine Oma ist krank. Wo ist das Amt?
      Hallo, ich wollte fragen wann der Markt ist.                          | wann der Markt ist.
      Ich wollte mal fragen, wo der Digitaltag stattfand.                   | wo der Digitaltag stattfand.
      Darf ich fragen wer das Amt leitet?                                   | wer das Amt leitet?
      Mich würde interessieren, wer das Amt leitet.                         | wer das Amt leitet.
      Können Sie mir bitte sagen wo das Amt ist?                            | wo das Amt ist?
      I would like to know who leads the office.                            | who leads the office.
      Can you tell me where the office is?                                  | where the office is?
      """)
  void leavesGreetingsNamesAndSignOffsOutOfTheSearch(String message, String focused) {
    assertThat(focus.of(message, NOTHING_UNKNOWN)).isEqualTo(focused);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Wo fand der Digitaltag statt?
      Was kostet ein Anwohnerparkausweis?
      Ich bin Studentin. Welche Förderung gibt es für mich?
      Ich bin Rentner. Welche Förderung gibt es für mich?
      Ich bin neu in Halle. Wo ist die nächste Mobilitätsstation?
      Wer ist Sabine Beispiel?
      Ist Christian Beispiel der Leiter?
      Ich bin Sabine.
      Sabine Muster. Wer ist das?
      Sabine Muster?
      Sabine, wer leitet den Fachbereich?
      Sabine
      Ich wohne in Halle-Neustadt. Wo ist die nächste Mobilitätsstation?
      Danke für die Info zum Digitaltag. Wann ist der nächste?
      Welche Unterlagen brauche ich für: Anmeldung, Ummeldung?
      Hilfe, es brennt!
      Hallo!
      Vielen Dank!
      Frage zum Digitaltag: wann war er?
      Ich bin Sabine und wohne in Halle-Neustadt. Wo ist die nächste Mobilitätsstation?
      Ich möchte wissen.
      Ich wollte fragen wegen dem Digitaltag.
      Wissen Sie mehr über den Digitaltag?
      """)
  void keepsMessagesWithoutChatterOrWithNothingElseAsWritten(String message) {
    assertThat(focus.of(message, NOTHING_UNKNOWN)).isEqualTo(message);
  }

  @Test
  void aSentenceThatAsksIsNeverTakenForASignOff() {
    assertThat(focus.of("Danke, und wo fand der Digitaltag statt?", NOTHING_UNKNOWN))
        .isEqualTo("und wo fand der Digitaltag statt?");
  }

  @Test
  void statementsNamingUnknownWordsAreLeftOutOnlyBesideASentenceThatAsks() {
    Predicate<String> namesUnknown = sentence -> sentence.contains("Anna");

    assertThat(focus.of("Ich bin Anna. Wo fand der Digitaltag statt?", namesUnknown))
        .isEqualTo("Wo fand der Digitaltag statt?");
    assertThat(focus.of("Ich wohne in Halle. Wo fand der Digitaltag statt?", namesUnknown))
        .isEqualTo("Ich wohne in Halle. Wo fand der Digitaltag statt?");
    assertThat(focus.of("Ich wohne bei Anna. Ich suche den Digitaltag.", namesUnknown))
        .isEqualTo("Ich wohne bei Anna. Ich suche den Digitaltag.");
    assertThat(focus.of("Wo war Anna „im Fokus?“", namesUnknown)).isEqualTo("Wo war Anna „im Fokus?“");
    assertThat(SPLITTER.split("Wann besuchte Anna II. Halle?")).as("cut in two by the splitter").hasSize(2);
    assertThat(focus.of("Wann besuchte Anna II. Halle?", namesUnknown)).isEqualTo("Wann besuchte Anna II. Halle?");
  }

  @Test
  void aStatementBeforeASentenceThatAsksAfterItsChatterIsJudgedOnItsOwn() {
    Predicate<String> namesUnknown = sentence -> sentence.contains("Anna");

    assertThat(focus.of("Ich bin Anna. Danke, und wo fand der Digitaltag statt?", namesUnknown))
        .isEqualTo("und wo fand der Digitaltag statt?");
    assertThat(focus.of("Hallo! Ich bin Anna. Ich hätte eine Frage: wo fand der Digitaltag statt? Danke, Anna",
        namesUnknown)).isEqualTo("wo fand der Digitaltag statt?");
  }

  @Test
  void aSelfIntroductionWithACommonGivenNameIsChatterEvenWithoutAQuestionBesideIt() {
    assertThat(focus.of("Ich bin Anna. Ich suche den Digitaltag.", NOTHING_UNKNOWN))
        .isEqualTo("Ich suche den Digitaltag.");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ich bin Sabine.                                | true
      Hallo, ich bin Sabine Muster. Viele Grüße      | true
      Mein Name ist Anna. https://example.org/a      | true
      Ich bin Sabine?                                | true
      Mein Name ist Sabine und ich habe eine Frage   | true
      Ich heiße Anna Schulze und habe zwei Fragen.   | true
      Hallo, ich habe eine Frage?                    | true
      Wer ist Sabine Odparlik?                       | false
      Was macht Sabine Odparlik?                     | false
      Sabine Odparlik?                               | false
      Mein Name ist Sabine und ich wohne in Halle.   | false
      Mein Name ist Sabine und wer ist das?          | false
      Ich bin Studentin.                             | false
      Ich bin Sabine. Wo fand der Digitaltag statt?  | false
      Ich bin Sabine. Ich suche den Digitaltag.      | false
      https://example.org/a                          | false
      """)
  void aMessageIsOnlyChatterWhenEveryPartIsEvenBehindAQuestionMarkOrJoinedByUnd(String message, boolean onlyChatter) {
    assertThat(focus.onlyChatter(message)).isEqualTo(onlyChatter);
  }
}
