package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.Ignored;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateReaderTest {
  private final UpdateReader reader = new UpdateReader(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));
  private final ObjectMapper json = new ObjectMapper();

  private Incoming read(ObjectNode update) throws Exception {
    ObjectNode withId = json.createObjectNode().put("update_id", 17);
    withId.setAll(update);
    if (withId.path("message").isObject()) {
      ((ObjectNode) withId.get("message")).put("message_id", 5);
    }
    return reader.read(json.treeToValue(withId, Update.class));
  }

  @Test
  void aPrivateTextIsAddressedAndKeepsItsText() throws Exception {
    Incoming incoming = read(Updates.text(10, 10, " Wie geht das? "));
    assertThat(incoming).isEqualTo(new TextMessage(17, new ChatRef(10, false), new Incoming.Sender(10, "de"), 5,
        "Wie geht das?", true));
  }

  @Test
  void invisibleCharactersAreRemovedAndDecomposedUmlautsComposed() throws Exception {
    assertThat(read(Updates.text(10, 10, "\u200B\u200F/start")))
        .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(m.text()).isEqualTo("/start"));
    assertThat(read(Updates.text(10, 10, "Welche Sta\u0308dte\u00A0besuchte die Dele\u00ADgation?")))
        .isInstanceOfSatisfying(TextMessage.class,
            m -> assertThat(m.text()).isEqualTo("Welche Städte besuchte die Delegation?"));
    assertThat(read(Updates.text(-100, 10, "@Halle\u200BTestBot Wie geht das?")))
        .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(m.addressed()).isTrue());
  }

  @Test
  void aMessageInAForumTopicKeepsItsTopicAndAReplyThreadInAnOrdinaryGroupDoesNot() throws Exception {
    ObjectNode inTopic = Updates.text(-100, 10, "@HalleTestBot Frage");
    ((ObjectNode) inTopic.get("message")).put("is_topic_message", true).put("message_thread_id", 77);
    ObjectNode inThread = Updates.text(-100, 10, "@HalleTestBot Frage");
    ((ObjectNode) inThread.get("message")).put("message_thread_id", 55);

    assertThat(read(inTopic)).isInstanceOfSatisfying(TextMessage.class,
        m -> assertThat(m.chat()).isEqualTo(new ChatRef(-100, true, 77)));
    assertThat(read(inThread)).isInstanceOfSatisfying(TextMessage.class,
        m -> assertThat(m.chat()).isEqualTo(new ChatRef(-100, true)));
  }

  @Test
  void aGroupTextWithoutMentionIsNotAddressed() throws Exception {
    assertThat(read(Updates.text(-100, 10, "Wie geht das?")))
        .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(m.addressed()).isFalse());
  }

  @Test
  void aMentionAddressesTheBotAndIsRemovedFromTheQuestion() throws Exception {
    assertThat(read(Updates.text(-100, 10, "@halletestbot Wie geht das?")))
        .isInstanceOfSatisfying(TextMessage.class, m -> {
          assertThat(m.addressed()).isTrue();
          assertThat(m.text()).isEqualTo("Wie geht das?");
          assertThat(m.chat().group()).isTrue();
        });
  }

  @Test
  void aMentionOfALongerNameOrAnEmailIsNotOurs() throws Exception {
    assertThat(read(Updates.text(-100, 10, "frag @HalleTestBotter oder x@HalleTestBot.de")))
        .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(m.addressed()).isFalse());
  }

  @Test
  void aReplyToTheBotIsAddressed() throws Exception {
    assertThat(read(Updates.replyToBot(-100, 10, "Und 2020?")))
        .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(m.addressed()).isTrue());
  }

  @Test
  void commandsForUsOrForAllBotsAreAddressedButNotThoseForOtherBots() throws Exception {
    assertThat(read(Updates.text(-100, 10, "/hilfe@HalleTestBot jetzt")))
        .isInstanceOfSatisfying(TextMessage.class, m -> {
          assertThat(m.addressed()).isTrue();
          assertThat(m.text()).isEqualTo("/hilfe jetzt");
        });
    assertThat(read(Updates.text(-100, 10, "/hilfe")))
        .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(m.addressed()).isTrue());
    assertThat(read(Updates.text(-100, 10, "/hilfe@OtherBot")))
        .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(m.addressed()).isFalse());
  }

  @Test
  void inAPrivateChatACommandWithAnotherBotsNameIsStillForUs() throws Exception {
    assertThat(read(Updates.text(10, 10, "/hilfe@AlterHalleBot")))
        .isInstanceOfSatisfying(TextMessage.class, m -> {
          assertThat(m.addressed()).isTrue();
          assertThat(m.text()).isEqualTo("/hilfe");
        });
  }

  @Test
  void stickersPhotosVoiceAndDocumentsAreMedia() throws Exception {
    for (ObjectNode update : new ObjectNode[] {Updates.sticker(10, 10), Updates.photo(10, 10),
        Updates.voice(10, 10), Updates.document(10, 10)}) {
      assertThat(read(update)).isInstanceOfSatisfying(MediaMessage.class, m -> assertThat(m.addressed()).isTrue());
    }
    assertThat(read(Updates.sticker(-100, 10)))
        .isInstanceOfSatisfying(MediaMessage.class, m -> assertThat(m.addressed()).isFalse());
  }

  @Test
  void aPhotoOrDocumentWithACaptionIsReadAsTheCaptionsText() throws Exception {
    ObjectNode photo = Updates.photo(10, 10);
    ((ObjectNode) photo.get("message")).put("caption", "Wo steht dieser Sensor?");
    assertThat(read(photo)).isInstanceOfSatisfying(TextMessage.class,
        m -> assertThat(m.text()).isEqualTo("Wo steht dieser Sensor?"));

    ObjectNode inGroup = Updates.document(-100, 10);
    ((ObjectNode) inGroup.get("message")).put("caption", "@HalleTestBot Gilt das Formular noch?");
    assertThat(read(inGroup)).isInstanceOfSatisfying(TextMessage.class, m -> {
      assertThat(m.text()).isEqualTo("Gilt das Formular noch?");
      assertThat(m.addressed()).isTrue();
    });

    ObjectNode blank = Updates.photo(10, 10);
    ((ObjectNode) blank.get("message")).put("caption", " \u200B ");
    assertThat(read(blank)).isInstanceOf(MediaMessage.class);
  }

  @Test
  void aButtonPressCarriesTheChatOfItsMessage() throws Exception {
    assertThat(read(Updates.button(10, 11, 1000, "up:3"))).isEqualTo(
        new ButtonPress(17, new ChatRef(10, false), new Incoming.Sender(11, "de"), "cb-1000-up:3", "up:3"));
  }

  @Test
  void messagesWithoutChatOrSenderOrFromBotsAreIgnored() throws Exception {
    ObjectNode noChat = Updates.text(10, 10, "x");
    ((ObjectNode) noChat.get("message")).remove("chat");
    assertThat(read(noChat)).isInstanceOf(Ignored.class);
    ObjectNode fromBot = Updates.text(10, 10, "x");
    ((ObjectNode) fromBot.get("message").get("from")).put("is_bot", true);
    assertThat(read(fromBot)).isInstanceOf(Ignored.class);
    assertThat(read(json.createObjectNode())).isEqualTo(new Ignored(17, 0));
  }
}
