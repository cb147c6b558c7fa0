package de.halle.smartcity.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What an inline button under an answer asks for, encoded into Telegram's {@code callback_data} (at most 64 bytes),
 * e.g. {@code up:42}.
 *
 * @param action what the button does
 * @param questionId the question-log id of the answer the button sits under
 */
record CallbackData(Action action, long questionId) {
  static final int MAX_BYTES = 64;

  /** The buttons under an answer. */
  enum Action {
    HELPFUL("up"),
    NOT_HELPFUL("down"),
    SHOW_SOURCE("src");

    private final String code;

    Action(String code) {
      this.code = code;
    }
  }

  CallbackData {
    Objects.requireNonNull(action, "action");
    if (questionId < 0) {
      throw new IllegalArgumentException("questionId must be >= 0 but was " + questionId);
    }
  }

  /** The wire form, never longer than {@value #MAX_BYTES} bytes. */
  String encode() {
    String data = action.code + ":" + questionId;
    if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalStateException("callback_data longer than " + MAX_BYTES + " bytes: " + data);
    }
    return data;
  }

  /** Parses the wire form; empty for anything this bot did not produce (old buttons, tampered data). */
  static Optional<CallbackData> decode(String data) {
    if (data == null) {
      return Optional.empty();
    }
    int colon = data.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String code = data.substring(0, colon);
    String id = data.substring(colon + 1);
    if (id.isEmpty() || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    for (Action action : Action.values()) {
      if (action.code.equals(code)) {
        try {
          return Optional.of(new CallbackData(action, Long.parseLong(id)));
        } catch (NumberFormatException tooLarge) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
