package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.SmallTalk.Intent;
import de.halle.smartcity.answer.SmallTalk.Recognized;
import java.util.List;
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
        "Was passiert mit meinen Daten? | PRIVACY | de",
        "Hallo, speichert ihr meine Fragen? | PRIVACY | de",
        "Datenschutz | PRIVACY | de",
        "Hilfe, wie lösche ich meine Daten? | PRIVACY | de",
        "What happens to my data? | PRIVACY | en",
        "Hi, is this anonymous? | PRIVACY | en",
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
        "Werden beim Zählen der Fahrgäste meine Daten erfasst?",
        "Datenschutz bei den Sensoren?",
        "Welche Daten misst das Testfeld?",
        "What data does the city publish?",
        "Halle",
        "",
      })
  void doesNotFireOnRealQuestionsOrEmptyText(String text) {
    assertThat(smallTalk.recognize(text)).isEmpty();
    assertThat(smallTalk.reply(Question.of(text))).isEmpty();
  }

  @Test
  void aQuestionAboutTheWritersDataIsToldWhatTheBotKeepsAndWhereToReadAndDeleteIt() {
    Answer german = smallTalk.reply(Question.of("Was passiert mit meinen Daten?")).orElseThrow();
    Answer english = smallTalk.reply(Question.of("What happens to my data?")).orElseThrow();

    assertThat(german.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(german.text()).contains("Pseudonym", "/datenschutz", "/vergessen");
    assertThat(english.text()).contains("pseudonym", "/privacy", "/forget");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Notfall", "Es brennt!", "Unfall auf der Kreuzung", "Hallo, Feuer!"})
  void anEmergencyReplyStartsWithTheGermanEmergencyNumbers(String text) {
    Answer answer = smallTalk.reply(Question.of(text)).orElseThrow();

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.body()).startsWith("Notruf 112 (Feuerwehr und Rettungsdienst) oder 110 (Polizei)");
    assertThat(answer.language()).isEqualTo("de");
  }

  @Test
  void anEnglishEmergencyGetsTheNumbersInEnglishFirst() {
    Answer answer = smallTalk.reply(Question.of("Emergency! Someone is not breathing")).orElseThrow();

    assertThat(answer.body()).startsWith("Emergency: call 112 (fire brigade and ambulance) or 110 (police)");
    assertThat(answer.language()).isEqualTo("en");
  }

  @Test
  void aFixedReplyHasNoSourcesAndFullConfidence() {
    Answer answer = smallTalk.reply(Question.of("Hallo")).orElseThrow();

    assertThat(answer.kind()).isEqualTo(Answer.Kind.FIXED);
    assertThat(answer.answered()).isFalse();
    assertThat(answer.sources()).isEmpty();
    assertThat(answer.evidence()).isEmpty();
    assertThat(answer.confidence()).isEqualTo(1.0);
    assertThat(answer.text()).isEqualTo(answer.body());
  }

  @Test
  void repliesAreWrittenInTheLanguageOfTheMessage() {
    assertThat(smallTalk.reply(Question.of("Danke")).orElseThrow().body()).startsWith("Gern geschehen");
    assertThat(smallTalk.reply(Question.of("Thanks")).orElseThrow().body()).startsWith("You're welcome");
    assertThat(smallTalk.reply(Question.of("Was kannst du?")).orElseThrow().body()).contains("115", "112", "110");
    assertThat(smallTalk.reply(Question.of("What can you do?")).orElseThrow().body()).contains("115", "112", "110");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "https://halle.de/smart-city | LINK | de",
      "www.example.org/seite?id=3. | LINK | de",
      "Hallo, siehe https://example.org/a | LINK | de",
      "Hello, see https://example.org/a | LINK | en",
      "https://example.org/notfall | LINK | de",
      "Es brennt! https://example.org/a | EMERGENCY | de",
      "👍 | NO_WORDS | de",
      "🙂🙂 | NO_WORDS | de",
      "??? | NO_WORDS | de",
      "... | NO_WORDS | de",
      "115 | NO_WORDS | de",
      "2023? | NO_WORDS | de",
      "   ?! | NO_WORDS | de"})
  void aLinkOrAMessageWithoutWordsIsRecognizedAsSuch(String text, Intent intent, String language) {
    assertThat(smallTalk.recognize(text, false)).contains(new Recognized(intent, language));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Was steht auf https://example.org/a über den Markt?", "Wann? https://example.org/a",
      "Und 2020?", "Ich bin Anna"})
  void aQuestionWithALinkOrWithWordsIsNoOddMessage(String text) {
    assertThat(smallTalk.recognize(text, false)).isEmpty();
  }

  @Test
  void aNumberAloneIsAFollowUpOnlyWhenTheChatHasEarlierQuestions() {
    assertThat(smallTalk.recognize("2020", true)).isEmpty();
    assertThat(smallTalk.recognize("2020?", true)).isEmpty();
    assertThat(smallTalk.recognize("👍", true)).contains(new Recognized(Intent.NO_WORDS, "de"));
    assertThat(smallTalk.reply(new Question("???", List.of("Wann war der Markt?"))).orElseThrow().body())
        .contains("in Worten");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"👍", "???", "https://example.org/a"})
  void theReplyAskingForWordsNamesTheFirstTopicAsAnExampleAndLeavesTheLineOutWithoutOne(String text) {
    String withTopic = smallTalk.reply(Question.of(text), () -> List.of("Neue Mobilitätsstationen", "Digitaltag"))
        .orElseThrow().body();
    String withoutTopic = smallTalk.reply(Question.of(text), List::of).orElseThrow().body();

    assertThat(withTopic).contains("in Worten", "Fragen Sie z. B. nach „Neue Mobilitätsstationen“.")
        .doesNotContain("Digitaltag", SmallTalkReplies.TOPIC);
    assertThat(withoutTopic).contains("in Worten").doesNotContain("„", SmallTalkReplies.TOPIC, "\n\n");
    assertThat(withTopic.lines().count()).isEqualTo(withoutTopic.lines().count() + 1);
  }

  @Test
  void otherRepliesNeverAskForTopics() {
    for (String text : List.of("Hallo", "Danke", "Was kannst du?", "Notfall")) {
      assertThat(smallTalk.reply(Question.of(text), () -> {
        throw new AssertionError("topics asked for " + text);
      })).isPresent();
    }
  }

  @Test
  void aNumberAfterOnlySmallTalkIsNoFollowUp() {
    assertThat(smallTalk.reply(new Question("2020", List.of("Hallo", "👍"))).orElseThrow().body()).contains("in Worten");
    assertThat(smallTalk.reply(new Question("2020", List.of("Hallo", "Wann war der Markt?")))).isEmpty();
  }
}
