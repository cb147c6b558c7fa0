package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What citizens' Telegram clients really send besides plain text, through the fake Bot API and the real H2 stores. */
class TelegramOddInputIT {
  private static final Duration WAIT = Duration.ofSeconds(15);

  @RegisterExtension final TelegramFixture telegram = TelegramFixture.withInMemoryStores();
  private final FakeBotApi api = telegram.api();
  private final H2Stores stores = telegram.stores();

  @BeforeEach
  void startBot() {
    telegram.closeAfterTest(
        BotHarness.start(api, new TypingAwaitingAnswerer(BotHarness.fixtureAnswerer(), api), stores));
  }

  @Test
  void invisibleCharactersAndDecomposedUmlautsDoNotConfuseCommandsAnswersOrThePrivacyCheck() throws Exception {
    api.push(Updates.text(95, 95, "\u200F\u200B/start"));
    assertThat(api.awaitMessagesTo(95, 1, WAIT).get(0).visibleText()).contains("Willkommen");

    api.push(Updates.text(95, 95, "Welche Sta\u0308dte besuchte die Delegation 2019?"));
    assertThat(api.awaitMessagesTo(95, 2, WAIT).get(1).visibleText()).contains("Aarhus und Tampere");

    api.push(Updates.text(95, 95, "Meine Mail ist max\u200B@example\u200C.de, wann kommen die Sensoren?"));
    assertThat(api.awaitMessagesTo(95, 4, WAIT).get(2).visibleText()).contains("Persönliche Daten");
    assertThat(stores.rows("question")).hasSize(2).noneMatch(row -> row.contains("example"));

    api.push(Updates.text(95, 95, "\u200B\u2060\uFEFF"));
    assertThat(api.awaitMessagesTo(95, 5, WAIT).get(4).visibleText()).contains("Frage einfach als Text");
  }

  @Test
  void inAForumTheAnswerAndTheSourceCardStayInTheCitizensTopic() throws Exception {
    ObjectNode question = Updates.text(-500, 99,
        "@HalleTestBot " + TypingAwaitingAnswerer.SLOW + " Wie viele Umweltsensoren installiert die Stadt?");
    ((ObjectNode) question.get("message")).put("is_topic_message", true).put("message_thread_id", 77);
    ((ObjectNode) question.get("message").get("chat")).put("is_forum", true);
    api.push(question);
    var answer = api.awaitMessagesTo(-500, 1, WAIT).get(0);
    assertThat(answer.body().path("message_thread_id").asInt()).isEqualTo(77);
    assertThat(api.calls("sendchataction")).as("a slow answer's typing").singleElement()
        .satisfies(c -> assertThat(c.body().path("message_thread_id").asInt()).isEqualTo(77));

    String data = answer.body().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data").get(2);
    ObjectNode press = Updates.button(-500, 99, answer.messageId(), data);
    ((ObjectNode) press.get("callback_query").get("message")).put("is_topic_message", true)
        .put("message_thread_id", 77);
    api.push(press);
    assertThat(api.awaitMessagesTo(-500, 2, WAIT).get(1).body().path("message_thread_id").asInt()).isEqualTo(77);

    api.push(Updates.text(-500, 99, "@HalleTestBot Was kostet ein Anwohnerparkausweis?"));
    assertThat(api.awaitMessagesTo(-500, 3, WAIT).get(2).body().has("message_thread_id")).isFalse();
  }

  @Test
  void aPhotoWhoseCaptionIsAQuestionGetsTheAnswerNotTheTextOnlyReply() throws Exception {
    ObjectNode photo = Updates.photo(96, 96);
    ((ObjectNode) photo.get("message")).put("caption", "Welche Städte besuchte die Delegation 2019?");
    api.push(photo);
    assertThat(api.awaitMessagesTo(96, 1, WAIT).get(0).visibleText()).contains("Aarhus und Tampere")
        .doesNotContain("als Text");
  }

  @Test
  void whenAGroupBecameASupergroupTheAnswerAndLaterRepliesGoToTheNewChat() throws Exception {
    long group = -4711;
    long supergroup = -100_4711;
    api.migrateGroup(group, supergroup);
    api.push(Updates.replyToBot(group, 99, "Welche Städte besuchte die Delegation 2019?"));
    api.push(Updates.replyToBot(group, 99, "Wie viele Umweltsensoren installiert die Stadt?"));

    List<FakeBotApi.Call> moved = api.awaitMessagesTo(supergroup, 2, WAIT);
    assertThat(moved).extracting(FakeBotApi.Call::visibleText)
        .satisfiesExactly(first -> assertThat(first).contains("Aarhus und Tampere"),
            second -> assertThat(second).contains("40 Umweltsensoren"));
    assertThat(api.calls("sendmessage")).filteredOn(c -> c.chatId() == group).as("only the first try hit the old id")
        .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(400));
  }

  @Test
  void anEditedQuestionIsAnsweredAsANewOne() throws Exception {
    api.push(Updates.text(98, 98, "Wie viele Umweltsensoren instaliert die Stdt?"));
    api.awaitMessagesTo(98, 1, WAIT);
    ObjectNode edited = Updates.text(98, 98, "Welche Städte besuchte die Delegation 2019?");
    edited.set("edited_message", edited.remove("message"));
    ((ObjectNode) edited.get("edited_message")).put("message_id", 1).put("edit_date", 1_700_000_100);
    api.push(edited);
    assertThat(api.awaitMessagesTo(98, 2, WAIT).get(1).visibleText()).contains("Aarhus und Tampere");
  }

  @Test
  void aStartLinkWithAPayloadGreetsAndMessagesFromBotsOrChannelsGetNoReply() throws Exception {
    api.push(Updates.text(96, 96, "/start quelle-sensoren_2022"));
    assertThat(api.awaitMessagesTo(96, 1, WAIT).get(0).visibleText()).contains("Willkommen");

    var fromBot = Updates.text(97, 97, "Wie viele Umweltsensoren installiert die Stadt?");
    ((ObjectNode) fromBot.get("message").get("from")).put("is_bot", true);
    long ignored = api.push(fromBot);
    assertThat(stores.awaitStatus(ignored, "DONE", WAIT)).isEqualTo("DONE");
    ObjectNode channelPost = Updates.text(-1001, 97, "Wie viele Umweltsensoren installiert die Stadt?");
    channelPost.set("channel_post", channelPost.remove("message"));
    ((ObjectNode) channelPost.get("channel_post").get("chat")).put("type", "channel");
    api.push(channelPost);
    api.push(Updates.text(96, 96, "/hilfe"));
    assertThat(api.awaitMessagesTo(96, 2, WAIT)).hasSize(2);
    assertThat(api.messagesTo(97)).isEmpty();
    assertThat(api.messagesTo(-1001)).isEmpty();
  }
}
