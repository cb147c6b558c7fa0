package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.SmallTalk.Intent;
import de.halle.smartcity.answer.SmallTalk.Recognized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

  private final SmallTalk smallTalk = SmallTalk.load();

  @ParameterizedTest(name = "\"{0}\" -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hallo | GREETING | de",
        "hallo! | GREETING | de",
        "Guten Morgen zusammen | GREETING | de",
        "Moin moin, lieber Bot | GREETING | de",
        "Grüß Gott | GREETING | de",
        "Gruess Gott | GREETING | de",
        "Wie geht's? | GREETING | de",
        "Hello there! | GREETING | en",
        "Hi | GREETING | de",
        "Hi there | GREETING | en",
        "hey you guys | GREETING | en",
        "Hey du | GREETING | de",
        "Guten Tag, ich habe eine Frage | HELP | de",
        "Hi, I have a question | HELP | en",
        "ok | THANKS | de",
        "ok, thanks a lot | THANKS | en",
        "Vielen lieben Dank! | THANKS | de",
        "Good evening | GREETING | en",
        "Danke | THANKS | de",
        "Vielen Dank für die Antwort! | THANKS | de",
        "ok danke schön | THANKS | de",
        "Hallo und danke | THANKS | de",
        "Thank you very much | THANKS | en",
        "thanks a lot! | THANKS | en",
        "Tschüss | GOODBYE | de",
        "Danke, tschüß! | GOODBYE | de",
        "Auf Wiedersehen | GOODBYE | de",
        "bye bye | GOODBYE | en",
        "Hilfe | HELP | de",
        "Was kannst du? | HELP | de",
        "Hallo, was kannst du alles? | HELP | de",
        "Wer bist du? | HELP | de",
        "What can you do? | HELP | en",
        "help | HELP | en",
        "Notfall! | EMERGENCY | de",
        "Feuer | EMERGENCY | de",
        "Hilfe, es brennt! | EMERGENCY | de",
        "Es gab einen Unfall, was soll ich tun? | EMERGENCY | de",
        "Ich brauche die Polizei | EMERGENCY | de",
        "hilfe ich werde bedroht | EMERGENCY | de",
        "Hallo, mein Nachbar ist bewusstlos | EMERGENCY | de",
        "Brand im Keller | EMERGENCY | de",
        "There is a fire in my house | EMERGENCY | en",
        "Help, I am being threatened | EMERGENCY | en",
        "call an ambulance | EMERGENCY | en",
        "There was an accident | EMERGENCY | en",
        "Unfall auf der B80, Person verletzt | EMERGENCY | de",
        "Ich werde bedroht | EMERGENCY | de",
        "Polizei! | EMERGENCY | de",
        "Polizei | EMERGENCY | de",
        "Schnell, wo bleibt die Polizei? | EMERGENCY | de",
        "Unfall! Was soll ich tun? | EMERGENCY | de",
        "Mein Kind ist verletzt, wo ist das nächste Krankenhaus? | EMERGENCY | de",
        "Wie lautet die Notrufnummer? | EMERGENCY | de",
        "Help, there was an accident, what should I do? | EMERGENCY | en",
        "Where are you? Someone is hurt | EMERGENCY | en",
      })
  void recognizesSmallTalkAndItsLanguage(String text, Intent intent, String language) {
    assertThat(smallTalk.recognize(text)).contains(new Recognized(intent, language));
  }

  @ParameterizedTest(name = "\"{0}\" is a real question")
  @ValueSource(
      strings = {
        "Hallo, wann fährt der letzte Bus?",
        "Hallo! Wer nimmt an der Konferenz teil?",
        "Danke, und wann findet die Konferenz statt?",
        "danke. Was kostet ein Anwohnerparkausweis?",
        "Hilfe, wo finde ich das Bürgerbüro?",
        "Hi, where can I get a parking permit?",
        "Thanks! And who organises the programme?",
        "Wann ist Tag der offenen Tür bei der Feuerwehr?",
        "Wie viele Brandschutzübungen gab es 2020?",
        "Was kann ich in Halle besuchen?",
        "Das ist kein Notfall, aber wann öffnet das Rathaus?",
        "Wo ist die nächste Polizeiwache?",
        "Wo ist die nächste Polizei?",
        "Wie melde ich einen Unfallschaden?",
        "Wie melde ich einen Unfall bei der Versicherung?",
        "Wurde bei dem Unfall jemand verletzt?",
        "Welche Aufgaben hat die Polizei in Halle",
        "Gibt es Zahlen zu Verkehrsunfällen?",
        "Brauche ich eine Genehmigung für ein Feuer im Garten?",
        "Was kostet ein Krankenwagen?",
        "Kein Unfall, nur eine Frage zum Parken",
        "Where is the nearest police station?",
        "How do I report a car accident to my insurance?",
        "Welche Projekte gibt es zur Mobilität?",
        "Halle",
        "2020",
        "",
        "   ?! ",
      })
  void doesNotFireOnRealQuestionsOrEmptyText(String text) {
    assertThat(smallTalk.recognize(text)).isEmpty();
    assertThat(smallTalk.reply(text)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Notfall", "Es brennt!", "Unfall auf der Kreuzung", "Hallo, Feuer!"})
  void anEmergencyReplyStartsWithTheGermanEmergencyNumbers(String text) {
    Answer answer = smallTalk.reply(text).orElseThrow();

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.body()).startsWith("Notruf 112 (Feuerwehr und Rettungsdienst) oder 110 (Polizei)");
    assertThat(answer.language()).isEqualTo("de");
  }

  @Test
  void anEnglishEmergencyGetsTheNumbersInEnglishFirst() {
    Answer answer = smallTalk.reply("Emergency! Someone is not breathing").orElseThrow();

    assertThat(answer.body()).startsWith("Emergency: call 112 (fire brigade and ambulance) or 110 (police)");
    assertThat(answer.language()).isEqualTo("en");
  }

  @Test
  void aFixedReplyHasNoSourcesAndFullConfidence() {
    Answer answer = smallTalk.reply("Hallo").orElseThrow();

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.answered()).isFalse();
    assertThat(answer.sources()).isEmpty();
    assertThat(answer.evidence()).isEmpty();
    assertThat(answer.confidence()).isEqualTo(1.0);
    assertThat(answer.text()).isEqualTo(answer.body());
  }

  @Test
  void repliesAreWrittenInTheLanguageOfTheMessage() {
    assertThat(smallTalk.reply("Danke").orElseThrow().body()).startsWith("Gern geschehen");
    assertThat(smallTalk.reply("Thanks").orElseThrow().body()).startsWith("You're welcome");
    assertThat(smallTalk.reply("Was kannst du?").orElseThrow().body()).contains("115", "112", "110");
    assertThat(smallTalk.reply("What can you do?").orElseThrow().body()).contains("115", "112", "110");
  }
}
