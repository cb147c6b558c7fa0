package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.telegram.CallbackData.Action;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackDataTest {

  @ParameterizedTest
  @EnumSource(Action.class)
  void everyActionSurvivesTheRoundTripWithTheLargestId(Action action) {
    CallbackData data = new CallbackData(action, Long.MAX_VALUE);
    String wire = data.encode();
    assertThat(wire.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    assertThat(CallbackData.decode(wire)).contains(data);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "up", "up:", "up:x1", "xx:12", "up:-1", "up:99999999999999999999", ":5", "up:1:2"})
  void dataThisBotDidNotProduceIsRejected(String wire) {
    assertThat(CallbackData.decode(wire)).isEmpty();
  }

  @Test
  void negativeIdsAreRefusedWithTheValue() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CallbackData(Action.HELPFUL, -3))
        .hasMessageContaining("-3");
  }
}
