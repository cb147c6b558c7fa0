package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class TolerantGetUpdatesTest {
  private static final String GOOD = "{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":1700000000,"
      + "\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"A\"},"
      + "\"text\":\"Hallo\"}}";
  private static final String UNREADABLE = "{\"update_id\":8,\"message\":{\"message_id\":2,\"date\":\"gestern\","
      + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"Frage\"}}";

  private final TolerantGetUpdates request =
      new TolerantGetUpdates(42, 100, 50, List.of("message"), new UnreadableUpdateFilter(), new PollWatch());

  @Test
  void isSentExactlyAsTheLibrarysRequest() throws Exception {
    ObjectMapper json = new ObjectMapper();
    GetUpdates plain = GetUpdates.builder().offset(42).limit(100).timeout(50).allowedUpdates(List.of("message"))
        .build();

    assertThat(json.readTree(json.writeValueAsString(request)))
        .isEqualTo(json.readTree(json.writeValueAsString(plain)));
  }

  @Test
  void aBatchWithAnUnreadableUpdateIsReadWithThatUpdateEmptyAndTheOthersWhole() throws Exception {
    List<Update> updates = request.deserializeResponse("{\"ok\":true,\"result\":[" + UNREADABLE + "," + GOOD + "]}");

    assertThat(updates).extracting(Update::getUpdateId).containsExactly(8, 7);
    assertThat(updates.get(0).hasMessage()).isFalse();
    assertThat(updates.get(1).getMessage().getText()).isEqualTo("Hallo");
  }

  @Test
  void anAnswerThatIsNoBatchFailsAsWithTheLibrarysRequest() {
    assertThatThrownBy(() -> request.deserializeResponse("<html>502 Bad Gateway</html>"))
        .isInstanceOf(TelegramApiRequestException.class);
    assertThatThrownBy(() -> request.deserializeResponse("{\"ok\":false,\"error_code\":409,\"description\":\"x\"}"))
        .isInstanceOf(TelegramApiRequestException.class);
  }
}
