package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.halle.smartcity.answer.AnswerEngine;
import de.halle.smartcity.store.StoredRows;
import de.halle.smartcity.telegram.FakeBotApi.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Conversations through the fake Bot API with the real answer engine and the real H2 stores. */
class TelegramConversationIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  /** Long enough that no timestamp or number of a stored row can contain it by chance (5001 did: "…13.950016"). */
  private static final long CHAT = 5_001_987_654L;

  /** Opened once for all tests: the engine is read-only and costly to build. */
  private static AnswerEngine engine;

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.withInMemoryStores();
  private final FakeBotApi api = telegram.api();
  private final H2Stores stores = telegram.stores();
  private TelegramBot bot;

  @BeforeAll
  static void openEngine() {
    engine = AnswerEngine.open(FixtureKnowledge.snapshot(), null, null);
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void startBot() {
    bot = telegram.closeAfterTest(BotHarness.start(api, engine, stores.ledger, stores.log));
  }

  private Call ask(long chat, String text, int expectedMessages) throws InterruptedException {
    api.push(Updates.text(chat, chat, text));
    List<Call> messages = api.awaitMessagesTo(chat, expectedMessages, WAIT);
    assertThat(messages).hasSize(expectedMessages);
    return messages.get(expectedMessages - 1);
  }

  @Test
  void startRegistersGermanAndEnglishMenusAndLearnsTheBotsName() {
    List<Call> menus = api.calls("setmycommands");
    assertThat(menus).hasSize(2);
    assertThat(menus.get(0).body().path("commands").findValuesAsText("command"))
        .containsExactly("start", "hilfe", "quellen", "ueber", "datenschutz", "vergessen");
    assertThat(menus.get(1).body().path("language_code").asText()).isEqualTo("en");
    assertThat(menus.get(1).body().path("commands").findValuesAsText("command"))
        .containsExactly("start", "help", "sources", "about", "privacy", "forget");
    assertThat(bot.username()).isEqualTo(FakeBotApi.BOT_USERNAME);
    assertThat(bot.lastPollAt()).isAfter(Instant.now().minusSeconds(5));
  }

  @Test
  void aCitizenConversationWithAnswersFollowUpDeclineAndButtons() throws Exception {
    Call greeting = ask(CHAT, "/start", 1);
    assertThat(greeting.visibleText()).contains("Willkommen").contains("4 Pressemitteilungen");

    Call answer = ask(CHAT, "Welche Städte besuchte die Delegation 2019?", 2);
    assertThat(answer.visibleText()).contains("Aarhus und Tampere").doesNotContain("Porto")
        .contains("Quelle: Delegationsreise 2019 des Smart-City-Teams (Stand 01.02.2021)");
    assertThat(answer.body().path("parse_mode").asText()).isEqualTo("html");
    assertThat(answer.body().path("text").asText())
        .contains("<a href=\"https://example.org/presse/delegation?jahr=2019&amp;teil=&quot;1&quot;\">");
    JsonNode keyboard = answer.body().path("reply_markup").path("inline_keyboard");
    assertThat(keyboard.findValuesAsText("callback_data")).containsExactly("up:1", "down:1", "src:1");

    Call followUp = ask(CHAT, "Und 2020?", 3);
    assertThat(followUp.visibleText()).contains("Gent und Porto").doesNotContain("Aarhus");
    assertThat(stores.rows("question")).as("the editors see what a follow-up continues")
        .anyMatch(row -> row.contains("Und 2020? (nach „Welche Städte besuchte die Delegation 2019?“)"));

    Call decline = ask(CHAT, "Was kostet ein Anwohnerparkausweis?", 4);
    assertThat(decline.visibleText()).contains("115").doesNotContain("Quelle:");
    assertThat(decline.body().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data"))
        .containsExactly("up:3", "down:3");

    api.push(Updates.button(CHAT, CHAT, answer.messageId(), "up:1"));
    List<Call> pressed = api.awaitCalls("answercallbackquery", 1, WAIT);
    assertThat(pressed.get(0).body().path("text").asText()).isEqualTo("Danke für Ihre Rückmeldung!");
    assertThat(stores.rows("feedback")).singleElement().satisfies(row -> assertThat(row).endsWith("| TRUE|"));

    api.push(Updates.button(CHAT, CHAT, answer.messageId(), "src:1"));
    Call source = api.awaitMessagesTo(CHAT, 5, WAIT).get(4);
    assertThat(source.visibleText()).contains("Delegationsreise 2019 des Smart-City-Teams")
        .contains("Stand: 01.02.2021")
        .contains("Im Jahr 2019 besuchte die Smart-City-Delegation die Städte Aarhus und Tampere.");
    assertThat(api.awaitCalls("answercallbackquery", 2, WAIT)).hasSize(2);
    assertThat(stores.count("question")).isEqualTo(3);
    assertThat(stores.rows("question")).noneMatch(row -> row.contains(Long.toString(CHAT)));
  }

  @Test
  void markupCharactersInReleasesReachTheCitizenIntact() throws Exception {
    Call answer = ask(CHAT, "Was messen die Sensoren bei Feinstaub und Lärm?", 1);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.visibleText()).contains("Feinstaub & Lärm, die Werte liegen meist < 40 dB und > 20 dB.")
        .contains("Quelle: Sensoren für Feinstaub & Lärm <Pilot> (Stand 10.03.2022)");
  }

  @Test
  void sourcesPrivacyAboutAndForgetAnswer() throws Exception {
    assertThat(ask(CHAT, "/quellen", 1).visibleText()).containsSubsequence("2023", "2022", "2021");
    assertThat(ask(CHAT, "/datenschutz", 2).visibleText()).contains("/vergessen").contains("Pseudonym");
    assertThat(ask(CHAT, "/ueber", 3).visibleText()).contains("nicht erfunden");
    ask(CHAT, "Wie viele Umweltsensoren installiert die Stadt?", 4);
    api.push(Updates.button(CHAT, CHAT, 1, "down:1"));
    api.awaitCalls("answercallbackquery", 1, WAIT);
    assertThat(ask(CHAT, "/vergessen", 5).visibleText()).contains("gelöscht (2)");
    assertThat(stores.count("question")).isZero();
    assertThat(stores.count("feedback")).isZero();
  }

  @Test
  void adminCommandsAnswerAdminsOnly() throws Exception {
    assertThat(ask(BotHarness.ADMIN, "/statistik", 1).visibleText()).isEqualTo("Fragen heute: 3");
    assertThat(ask(CHAT, "/statistik", 1).visibleText()).contains("kenne ich leider nicht");
  }

  @Test
  void adminNoticesReachEveryAdminEscaped() throws Exception {
    bot.notifyAdmins("Neu geladen: +1 neu, 1 Fehler: <datei>.md & Co");
    Call notice = api.awaitMessagesTo(BotHarness.ADMIN, 1, WAIT).get(0);
    assertThat(notice.visibleText()).isEqualTo("Neu geladen: +1 neu, 1 Fehler: <datei>.md & Co");
    assertThat(notice.body().path("text").asText()).contains("&lt;datei&gt;.md &amp; Co");
  }

  @Test
  void inAGroupTheBotAnswersOnlyWhenMentionedOrRepliedTo() throws Exception {
    long group = -100_200;
    long silent = api.push(Updates.text(group, 61, "Wie viele Umweltsensoren installiert die Stadt?"));
    api.push(Updates.text(group, 62, "@HalleTestBot Wie viele Umweltsensoren installiert die Stadt?"));
    api.push(Updates.replyToBot(group, 63, "Was messen die Sensoren bei Feinstaub und Lärm?"));
    List<Call> replies = api.awaitMessagesTo(group, 2, WAIT);
    assertThat(stores.awaitStatus(silent, "DONE", WAIT)).isEqualTo("DONE");
    Thread.sleep(300);
    assertThat(api.messagesTo(group)).hasSize(2);
    assertThat(replies.get(0).visibleText()).contains("40 Umweltsensoren");
    assertThat(replies.get(0).body().path("reply_parameters").path("message_id").asInt()).isPositive();
    assertThat(replies.get(1).visibleText()).contains("Feinstaub & Lärm");
  }

  @Test
  void nonTextMessagesGetAPoliteTextOnlyReply() throws Exception {
    api.push(Updates.sticker(CHAT, CHAT));
    api.push(Updates.photo(CHAT, CHAT));
    api.push(Updates.voice(CHAT, CHAT));
    api.push(Updates.document(CHAT, CHAT));
    List<Call> replies = api.awaitMessagesTo(CHAT, 4, WAIT);
    assertThat(replies).hasSize(4).allSatisfy(c -> assertThat(c.visibleText()).contains("nur Fragen als Text"));
  }

  @Test
  void longMessagesAreRefusedAndPersonalDataIsLeftOutOfTheAnswerAndTheStore() throws Exception {
    bot.close();
    bot = telegram.closeAfterTest(BotHarness.start(api, engine, stores));
    assertThat(ask(CHAT, "Bitte ".repeat(120) + "?", 1).visibleText()).contains("kürzer");
    long personal = api.push(Updates.text(CHAT, CHAT, "Ich bin unter 0345 1234567 erreichbar, wann kommen die "
        + "Sensoren? Schreiben Sie an max.muster@example.org"));
    List<Call> sent = api.awaitMessagesTo(CHAT, 3, WAIT);
    assertThat(sent.get(1).visibleText()).contains("Persönliche Daten").contains("weggelassen");
    assertThat(sent.get(2).visibleText()).as("the question itself is answered").contains("Sensoren");
    assertThat(stores.awaitStatus(personal, "DONE", WAIT)).isEqualTo("DONE");
    assertThat(stores.count("question")).as("stored scrubbed").isOne();
    assertThat(ask(CHAT, "Guten Tag, ich bin Sabine Muster. Wie viele Umweltsensoren installiert die Stadt? Viele "
        + "Grüße, Sabine Muster", 4).visibleText()).contains("Umweltsensoren");
    assertThat(stores.rows("question")).as("a letter is stored as the question it asks, without the writer's name")
        .anyMatch(row -> row.contains("| Wie viele Umweltsensoren installiert die Stadt?|"))
        .noneMatch(row -> row.contains("Muster"));
    long onlyPersonal = api.push(Updates.text(CHAT, CHAT, "Meine Nummer: 0345 7654321"));
    assertThat(api.awaitMessagesTo(CHAT, 5, WAIT).get(4).visibleText()).contains("persönliche Daten");
    assertThat(stores.awaitStatus(onlyPersonal, "DONE", WAIT)).isEqualTo("DONE");
    assertThat(stores.count("question")).as("mostly personal data: not stored").isEqualTo(2);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (stores.count("update_inbox") > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(StoredRows.all(stores.database)).as("the encrypted inbox copy is gone once answered")
        .noneMatch(row -> row.startsWith("update_inbox:"))
        .noneMatch(row -> row.contains("1234567") || row.contains("7654321") || row.contains("muster"));
  }

  @Test
  void answersToOneChatArriveInTheOrderOfTheQuestions() throws Exception {
    String[] questions = {"Wie viele Umweltsensoren installiert die Stadt?", "Was kostet ein Anwohnerparkausweis?",
        "Welche Städte besuchte die Delegation 2019?", "/hilfe", "/ueber"};
    for (String question : questions) {
      api.push(Updates.text(CHAT, CHAT, question));
    }
    List<Call> replies = api.awaitMessagesTo(CHAT, questions.length, WAIT);
    assertThat(replies).extracting(Call::visibleText).satisfiesExactly(
        t -> assertThat(t).contains("40 Umweltsensoren"),
        t -> assertThat(t).contains("115"),
        t -> assertThat(t).contains("Aarhus"),
        t -> assertThat(t).contains("So funktioniert der Bot"),
        t -> assertThat(t).contains("Über diesen Bot"));
  }
}
