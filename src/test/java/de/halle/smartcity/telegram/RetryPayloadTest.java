package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.halle.smartcity.telegram.Incoming.ButtonPress;
import de.halle.smartcity.telegram.Incoming.Ignored;
import de.halle.smartcity.telegram.Incoming.MediaMessage;
import de.halle.smartcity.telegram.Incoming.Sender;
import de.halle.smartcity.telegram.Incoming.TextMessage;
import de.halle.smartcity.telegram.Outgoing.Button;
import de.halle.smartcity.telegram.Outgoing.ChatMessage;
import de.halle.smartcity.telegram.RetryPayload.Pending;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPayloadTest {
  private final RetryPayload payloads = new RetryPayload();

  @Test
  void textAndMediaMessagesComeBackUnchanged() {
    Incoming text = new TextMessage(5, new ChatRef(-100, true), new Sender(7, "en"), 12,
        "Wann „fährt“ die Bahn?\n\u200F\"quoted\"", true);
    Incoming media = new MediaMessage(6, new ChatRef(-8, true, 77), new Sender(8, ""), 13, false);

    assertThat(payloads.read(payloads.write(text, List.of()).orElseThrow())).isEqualTo(new Pending(text, List.of()));
    assertThat(payloads.read(payloads.write(media, List.of()).orElseThrow()).incoming()).isEqualTo(media);
  }

  @Test
  void repliesNotYetSentComeBackWithTheirButtonsUnlessTheyAreTooLarge() {
    Incoming text = new TextMessage(5, new ChatRef(-100, true), new Sender(7, "de"), 12, "Frage?", true);
    List<Outgoing> unsent = List.of(
        new ChatMessage(new ChatRef(-100, true, 4), "Teil <b>1</b> &amp; mehr", List.of(), 12),
        new ChatMessage(new ChatRef(-100, true), "Teil 2", List.of(List.of(new Button("👍", "up:3"),
            new Button("👎", "down:3")), List.of(new Button("📄 Quelle", "src:3"))), null));

    assertThat(payloads.read(payloads.write(text, unsent).orElseThrow())).isEqualTo(new Pending(text, unsent));
    List<Outgoing> large = List.of(ChatMessage.of(new ChatRef(-100, true), "ä".repeat(2500), null));
    assertThat(payloads.read(payloads.write(text, large).orElseThrow()).unsent()).isEmpty();
  }

  @Test
  void aButtonPressComesBackUnchangedWithTheCardStillToSend() {
    Incoming press = new ButtonPress(1, new ChatRef(-100, true, 4), new Sender(7, "en"), "4711-cb", "src:3");
    List<Outgoing> card = List.of(ChatMessage.of(new ChatRef(-100, true, 4), "<b>Quelle</b>", null));

    assertThat(payloads.read(payloads.write(press, List.of()).orElseThrow())).isEqualTo(new Pending(press, List.of()));
    assertThat(payloads.read(payloads.write(press, card).orElseThrow())).isEqualTo(new Pending(press, card));
  }

  @Test
  void ignoredUpdatesAreNotWorthALaterTry() {
    assertThat(payloads.write(new Ignored(2, 1), List.of())).isEmpty();
  }

  @Test
  void refusesAPayloadItDidNotWrite() {
    assertThatThrownBy(() -> payloads.read("not json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> payloads.read("{\"kind\":\"sticker\"}")).hasMessageContaining("unknown");
  }

  @Test
  void deferredTriesWaitFourTimesLongerEachRound() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayBefore(4)).isEqualTo(Duration.ofMinutes(32));
    assertThatThrownBy(() -> policy.delayBefore(5)).hasMessageContaining("[1, 4] but was 5");
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ZERO, 1, Duration.ofSeconds(1)))
        .hasMessageContaining("must be positive");
  }

  @Test
  void quickTriesPauseHalfASecondInProductionAndNeverANegativeTime() {
    assertThat(RetryPolicy.defaults().quickPause()).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofMillis(-1), Duration.ofSeconds(1), 1, Duration.ofSeconds(1)))
        .hasMessageContaining("must not be negative but was PT-0.001S");
  }
}
