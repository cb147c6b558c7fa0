package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.Source;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import de.halle.smartcity.telegram.Outgoing.Button;
import de.halle.smartcity.telegram.Outgoing.ButtonAnswer;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {
  private static final ChatRef CHAT = new ChatRef(31, false);
  private static final Sender CITIZEN = new Sender(31, "de");

  private final RecordingReplySender sender = new RecordingReplySender();
  private final ConversationFixture fixture = new ConversationFixture(sender);
  private final Conversation conversation = fixture.conversation();
  private long updateId = 1;

  private List<Outgoing> say(String text) {
    return conversation.reply(new TextMessage(updateId++, CHAT, CITIZEN, 10, text, true));
  }

  private static String html(List<Outgoing> replies) {
    return replies.stream().map(r -> ((ChatMessage) r).html()).reduce("", String::concat);
  }

  @Test
  void startNamesTheNumberOfReleasesAndThePrivacyCommand() {
    String text = html(say("/start"));
    assertThat(text).contains("4 Pressemitteilungen").contains("/datenschutz").contains("90 Tage");
  }

  @Test
  void helpAnswersToTheGermanAndTheEnglishCommand() {
    assertThat(html(say("/hilfe"))).contains("/quellen").contains("@HalleTestBot");
    assertThat(html(say("/help"))).isEqualTo(html(say("/hilfe")));
  }

  @Test
  void sourcesListsReleasesNewestFirstWithDatesAndEscapedLinks() {
    String text = html(say("/quellen"));
    assertThat(text).containsSubsequence("21.04.2023", "10.03.2022", "02.02.2021", "01.02.2021");
    assertThat(text).contains("<a href=\"https://example.org/presse/sensoren?id=7&amp;lang=de\">"
        + "Sensoren für Feinstaub &amp; Lärm &lt;Pilot&gt;</a>");
    assertThat(text).contains("href=\"https://example.org/presse/delegation?jahr=2019&amp;teil=&quot;1&quot;\"");
  }

  @Test
  void aboutSaysAnswersAreExtractedHowManyReleasesAndWhenKnowledgeWasLoaded() {
    assertThat(html(say("/ueber"))).contains("wörtlich entnommen, nicht erfunden").contains("4 Pressemitteilungen")
        .contains("02.01.2024 10:30").contains("vom 21.04.2023");
  }

  @Test
  void privacySaysWhatIsStoredForHowLongAndHowToDelete() {
    assertThat(html(say("/datenschutz"))).contains("Pseudonym").contains("nach 90 Tagen").contains("/vergessen")
        .contains("höchstens 10 Minuten im Arbeitsspeicher");
  }

  @Test
  void anAnswerCarriesTheLinkedSourceAndThreeButtons() {
    List<Outgoing> replies = say("Wie viele Umweltsensoren installiert die Stadt?");
    ChatMessage answer = (ChatMessage) replies.get(replies.size() - 1);
    assertThat(answer.html()).startsWith("Die Stadt installiert 40 Umweltsensoren")
        .contains("Quelle: <a href=\"https://example.org/presse/sensoren?id=7&amp;lang=de\">")
        .contains("(Stand 10.03.2022)");
    List<String> data = answer.buttons().stream().flatMap(List::stream).map(Button::data).toList();
    assertThat(data).containsExactly("up:1", "down:1", "src:1");
    assertThat(sender.typing()).as("answered within the grace period: no chat action").isEmpty();
    assertThat(fixture.log.entries()).singleElement().extracting(InMemoryQuestionLog.Entry::kind)
        .isEqualTo(Answer.Kind.ANSWERED);
  }

  @Test
  void aLongAnswerIsSplitBelowTelegramsLimitWithTheButtonsUnderItsLastPart() {
    String sentence = "Die Stadt installiert 40 Umweltsensoren an Straßenbahnhaltestellen & Plätzen. ";
    String body = sentence.repeat(150);
    Source source = new Source("Sensoren", java.time.LocalDate.of(2022, 3, 10), "https://example.org/sensoren",
        "sensoren.md");
    Conversation verbose = new ConversationFixture(sender,
        q -> new Answer(Answer.Kind.ANSWERED, body, List.of(sentence.strip()), List.of(source), 0.9, "de"))
        .conversation();
    ChatRef group = new ChatRef(-600, true);

    List<ChatMessage> parts = verbose.reply(new TextMessage(1, group, CITIZEN, 7, "Wie viele Sensoren?", true))
        .stream().map(ChatMessage.class::cast).toList();

    assertThat(parts).hasSizeGreaterThan(2)
        .allSatisfy(part -> assertThat(part.html().length()).isLessThan(HtmlSplitter.TELEGRAM_LIMIT));
    assertThat(String.join(" ", parts.stream().map(ChatMessage::html).toList()).split("Umweltsensoren", -1))
        .as("no sentence lost").hasSize(151);
    assertThat(parts).extracting(ChatMessage::replyTo).startsWith(7).containsOnlyOnce(7);
    assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(part -> assertThat(part.buttons()).isEmpty());
    ChatMessage last = parts.get(parts.size() - 1);
    assertThat(last.html()).contains("Quelle: <a href=\"https://example.org/sensoren\">Sensoren</a>");
    assertThat(last.buttons().stream().flatMap(List::stream).map(Button::data))
        .containsExactly("up:1", "down:1", "src:1");
  }

  @Test
  void anAnswerTakingLongerThanTheGracePeriodShowsTypingWhileItRuns() {
    FixtureAnswerer fixtureAnswerer = new FixtureAnswerer(fixture.knowledge);
    Conversation slow = new ConversationFixture(sender, q -> {
      awaitTyping();
      return fixtureAnswerer.answer(q);
    }, Duration.ofMillis(50)).conversation();

    List<Outgoing> replies =
        slow.reply(new TextMessage(1, CHAT, CITIZEN, 1, "Wie viele Umweltsensoren installiert die Stadt?", true));

    assertThat(sender.typing()).containsExactly(CHAT);
    assertThat(html(replies)).contains("40 Umweltsensoren");
  }

  /** Plays an engine that is slow until the chat shows "typing" (at most 10 s). */
  private void awaitTyping() {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (sender.typing().isEmpty() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  @Test
  void answerTextIsEscapedForHtml() {
    String text = html(say("Was messen die Sensoren bei Feinstaub und Lärm?"));
    assertThat(text).contains("Feinstaub &amp; Lärm, die Werte liegen meist &lt; 40 dB und &gt; 20 dB.");
  }

  @Test
  void aFollowUpIsAskedWithTheChatsEarlierQuestion() {
    List<Question> asked = new ArrayList<>();
    FixtureAnswerer fixtureAnswerer = new FixtureAnswerer(fixture.knowledge);
    Conversation recording = new ConversationFixture(sender, q -> {
      asked.add(q);
      return fixtureAnswerer.answer(q);
    }).conversation();
    recording.reply(new TextMessage(1, CHAT, CITIZEN, 1, "Welche Städte wurden 2019 besucht?", true));
    List<Outgoing> followUp = recording.reply(new TextMessage(2, CHAT, CITIZEN, 2, "Und 2020?", true));
    assertThat(asked.get(1).recentQuestions()).containsExactly("Welche Städte wurden 2019 besucht?");
    assertThat(html(followUp)).contains("Gent und Porto").doesNotContain("Aarhus");
  }

  @Test
  void aDeclineGetsRatingButtonsButNoSourceButton() {
    ChatMessage decline = (ChatMessage) say("Was kostet ein Anwohnerparkausweis?").get(0);
    assertThat(decline.html()).contains("115");
    assertThat(decline.buttons()).hasSize(1);
    assertThat(fixture.log.entries()).singleElement().extracting(InMemoryQuestionLog.Entry::kind)
        .isEqualTo(Answer.Kind.DECLINED);
  }

  @Test
  void aDeclineWithAClosestReleaseShowsNeitherItsLinkNorTheSourceButton() {
    Source closest = new Source("Sensoren", java.time.LocalDate.of(2022, 3, 10), "https://example.org/sensoren",
        "sensoren.md");
    Conversation declining = new ConversationFixture(sender, q -> new Answer(Answer.Kind.DECLINED,
        "Dazu steht nichts in den Pressemitteilungen, Behördennummer 115.", List.of(), List.of(closest), 0.1, "de"))
        .conversation();

    ChatMessage decline = (ChatMessage) declining.reply(new TextMessage(1, CHAT, CITIZEN, 1, "Was kostet das?", true))
        .get(0);

    assertThat(decline.html()).contains("115").doesNotContain("Quelle").doesNotContain("example.org");
    assertThat(decline.buttons()).singleElement().satisfies(row -> assertThat(row).extracting(Button::data)
        .containsExactly("up:1", "down:1"));
    List<Outgoing> pressed = declining.reply(new ButtonPress(2, CHAT, CITIZEN, "cb-1", "src:1"));
    assertThat(pressed).noneMatch(ChatMessage.class::isInstance);
  }

  @Test
  void aFixedReplyIsNeitherStoredNorRated() {
    ChatMessage reply = (ChatMessage) say("Hallo").get(0);
    assertThat(reply.buttons()).isEmpty();
    assertThat(fixture.log.entries()).isEmpty();
  }

  @Test
  void anOverlongMessageIsNeitherAnsweredNorStored() {
    String text = html(say("Frage ".repeat(100)));
    assertThat(text).contains("kürzer").contains("500");
    assertThat(fixture.log.entries()).isEmpty();
    assertThat(sender.typing()).isEmpty();
  }

  @Test
  void aQuestionWithPersonalDataIsAnsweredWithoutItAndANoteThatItWasNotKept() {
    List<String> asked = new ArrayList<>();
    FixtureAnswerer engine = new FixtureAnswerer(FixtureKnowledge.snapshot());
    ConversationFixture recording = new ConversationFixture(sender, question -> {
      asked.add(question.text() + " | " + question.recentQuestions());
      return engine.answer(question);
    });
    Conversation chat = recording.conversation();
    List<Outgoing> replies = chat.reply(new TextMessage(1, CHAT, CITIZEN, 10,
        "Meine Mail ist max.muster@example.org, wie viele Umweltsensoren installiert die Stadt?", true));
    assertThat(replies).hasSize(2);
    assertThat(((ChatMessage) replies.get(0)).html()).contains("weggelassen").contains("E-Mail-Adressen");
    assertThat(((ChatMessage) replies.get(1)).html()).startsWith("Die Stadt installiert 40 Umweltsensoren");
    chat.reply(new TextMessage(2, CHAT, CITIZEN, 11, "Und 2023?", true));
    assertThat(asked).as("the engine and the chat memory see the question without the address")
        .noneMatch(text -> text.contains("muster")).hasSize(2);
    assertThat(recording.log.entries()).hasSize(2);
  }

  @Test
  void aMessageThatIsMostlyPersonalDataIsNeitherAnsweredNorStored() {
    String text = html(say("Meine Mail: max.muster@example.org"));
    assertThat(text).contains("persönliche Daten").contains("nicht beantwortet");
    assertThat(fixture.log.entries()).isEmpty();
  }

  @Test
  void theEleventhQuestionInAMinuteGetsOnePleaseWaitThenSilence() {
    for (int i = 0; i < 10; i++) {
      assertThat(html(say("Wie viele Umweltsensoren installiert die Stadt?"))).contains("40 Umweltsensoren");
    }
    assertThat(html(say("Noch eine Frage zu Sensoren?"))).contains("warten");
    assertThat(say("Und noch eine?")).isEmpty();
    assertThat(say("Sehr lange Frage ".repeat(40))).as("over-long messages count too").isEmpty();
    assertThat(fixture.log.entries()).hasSize(10);
  }

  @Test
  void forgetDeletesTheChatsRowsAndConfirms() {
    say("Wie viele Umweltsensoren installiert die Stadt?");
    say("Was kostet ein Anwohnerparkausweis?");
    assertThat(html(say("/vergessen"))).contains("gelöscht").contains("(2)");
    assertThat(fixture.log.entries()).isEmpty();
  }

  @Test
  void anUnknownCommandGetsAHelpHint() {
    assertThat(html(say("/foo"))).contains("/hilfe");
  }

  @Test
  void anAdminCommandRunsForAdminsAndIsUnknownToOthers() {
    List<Outgoing> citizen = say("/statistik");
    List<Outgoing> admin = conversation.reply(
        new TextMessage(99, new ChatRef(ConversationFixture.ADMIN, false), new Sender(ConversationFixture.ADMIN, "de"),
            1, "/statistik heute", true));
    assertThat(html(citizen)).contains("kenne ich leider nicht");
    assertThat(html(admin)).isEqualTo("Fragen heute: 3 &lt;alle&gt; heute");
  }

  @Test
  void englishUsersGetEnglishCommandReplies() {
    List<Outgoing> replies = conversation.reply(new TextMessage(1, CHAT, new Sender(31, "en-GB"), 1, "/start", true));
    assertThat(html(replies)).contains("Welcome").contains("/privacy");
  }

  @Test
  void aGroupMessageNotAddressedToTheBotGetsNoReply() {
    ChatRef group = new ChatRef(-500, true);
    assertThat(conversation.reply(new TextMessage(1, group, CITIZEN, 5, "Wie viele Umweltsensoren?", false)))
        .isEmpty();
    List<Outgoing> addressed =
        conversation.reply(new TextMessage(2, group, CITIZEN, 6, "Wie viele Umweltsensoren installiert die Stadt?",
            true));
    assertThat(((ChatMessage) addressed.get(0)).replyTo()).isEqualTo(6);
  }

  @Test
  void mediaGetsAPoliteTextOnlyReply() {
    List<Outgoing> replies = conversation.reply(new MediaMessage(1, CHAT, CITIZEN, 3, true));
    assertThat(html(replies)).contains("nur Fragen als Text");
    assertThat(conversation.reply(new MediaMessage(2, new ChatRef(-5, true), CITIZEN, 3, false))).isEmpty();
  }

  @Test
  void aRatingIsStoredAndThePressIsAnswered() {
    say("Wie viele Umweltsensoren installiert die Stadt?");
    List<Outgoing> replies = conversation.reply(new ButtonPress(5, CHAT, CITIZEN, "cb-1", "down:1"));
    assertThat(replies).containsExactly(new ButtonAnswer("cb-1", "Danke für Ihre Rückmeldung!"));
    assertThat(fixture.log.feedback()).containsExactly(new InMemoryQuestionLog.Feedback(31, 1, false));
  }

  @Test
  void aRatingOfAnAnswerNoLongerStoredSaysSoInsteadOfThanking() {
    say("Wie viele Umweltsensoren installiert die Stadt?");
    List<Outgoing> otherChat =
        conversation.reply(new ButtonPress(5, new ChatRef(32, false), CITIZEN, "cb-5", "up:1"));
    List<Outgoing> unknown = conversation.reply(new ButtonPress(6, CHAT, CITIZEN, "cb-6", "up:99"));

    assertThat(otherChat).containsExactly(new ButtonAnswer("cb-5", "Diese Antwort ist nicht mehr gespeichert "
        + "(Löschfrist oder /vergessen); Ihre Bewertung wurde nicht erfasst."));
    assertThat(unknown).singleElement().isInstanceOfSatisfying(ButtonAnswer.class,
        a -> assertThat(a.text()).contains("nicht mehr gespeichert").doesNotContain("Danke"));
    assertThat(fixture.log.feedback()).isEmpty();
  }

  @Test
  void theSourceButtonShowsTitleDateLinkAndEvidence() {
    say("Wie viele Umweltsensoren installiert die Stadt?");
    List<Outgoing> replies = conversation.reply(new ButtonPress(5, CHAT, CITIZEN, "cb-2", "src:1"));
    assertThat(replies.get(0)).isEqualTo(new ButtonAnswer("cb-2", ""));
    assertThat(html(replies.subList(1, replies.size())))
        .contains("<b>Sensoren für Feinstaub &amp; Lärm &lt;Pilot&gt;</b>").contains("Stand: 10.03.2022")
        .contains("https://example.org/presse/sensoren?id=7&amp;lang=de")
        .contains("<i>Die Stadt installiert 40 Umweltsensoren an Straßenbahnhaltestellen.</i>");
  }

  @Test
  void theSourceButtonOfAnotherChatOrAForgottenAnswerSaysItIsGone() {
    say("Wie viele Umweltsensoren installiert die Stadt?");
    List<Outgoing> otherChat =
        conversation.reply(new ButtonPress(5, new ChatRef(32, false), CITIZEN, "cb-3", "src:1"));
    assertThat(otherChat).containsExactly(new ButtonAnswer("cb-3", "Diese Quelle ist nicht mehr verfügbar. "
        + "Bitte stellen Sie die Frage noch einmal."));
    say("/vergessen");
    assertThat(conversation.reply(new ButtonPress(6, CHAT, CITIZEN, "cb-4", "src:1")).get(0))
        .isInstanceOfSatisfying(ButtonAnswer.class, a -> assertThat(a.text()).contains("nicht mehr verfügbar"));
  }

  @Test
  void aPressWithForeignOrTamperedDataIsAnsweredPolitely() {
    assertThat(conversation.reply(new ButtonPress(5, CHAT, CITIZEN, "cb-5", "whatever")))
        .containsExactly(new ButtonAnswer("cb-5",
            "Dieser Knopf gilt nicht mehr. Bitte stellen Sie Ihre Frage noch einmal."));
  }
}
