package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadableUpdateFilterTest {
  private static final String GOOD = "{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":1700000000,"
      + "\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"A\"},"
      + "\"text\":\"Hallo\"}}";
  private static final String UNREADABLE = "{\"update_id\":8,\"message\":{\"message_id\":2,\"date\":\"gestern\","
      + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"Frage\"}}";

  private final UnreadableUpdateFilter filter = new UnreadableUpdateFilter();

  @Test
  void aBatchTheLibraryCanReadIsHandedOnAsItCame() {
    String batch = "{\"ok\":true,\"result\":[" + GOOD + "]}";
    assertThat(filter.readable(batch)).isSameAs(batch);
  }

  @Test
  void anUnreadableUpdateIsReducedToItsIdAndTheOthersAreKept() throws Exception {
    String batch = "{\"ok\":true,\"result\":[" + UNREADABLE + "," + GOOD + "]}";

    String readable = filter.readable(batch);

    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(readable)).isEqualTo(json.readTree(
        "{\"ok\":true,\"result\":[{\"update_id\":8}," + GOOD + "]}"));
    assertThat(readable).doesNotContain("Frage");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html>502 Bad Gateway</html>", "{\"ok\":false,\"error_code\":409,\"description\":\"x\"}",
      "{\"ok\":true,\"result\":\"nein\"}"})
  void aBodyThatIsNoBatchOfUpdatesIsHandedOnForTheLibrarysBackOff(String body) {
    assertThat(filter.readable(body)).isSameAs(body);
  }
}
