package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class UnreadableAnswerTest {
  private final UnreadableAnswer reader = new UnreadableAnswer();

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates "
            + "request\"}", "Telegram error 409: Conflict: terminated by other getUpdates request"),
        Arguments.of("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>\n<hr>nginx"
            + "</body></html>", "an HTML page instead of Telegram's JSON (a proxy or gateway answered?): "
            + "\"502 Bad Gateway\""),
        Arguments.of("<html><body><p>Bitte   melden Sie sich <b>im WLAN</b> an</p></body></html>",
            "an HTML page instead of Telegram's JSON (a proxy or gateway answered?): "
            + "\"Bitte melden Sie sich im WLAN an\""),
        Arguments.of("", "empty answer instead of Telegram's JSON (cut off by the network or a proxy?)"),
        Arguments.of("  \n", "empty answer instead of Telegram's JSON (cut off by the network or a proxy?)"),
        Arguments.of("upstream connect error", "answer is not JSON: \"upstream connect error\""),
        Arguments.of("{\"ok\":true,\"result\":[{\"update_id\":7,", "answer cut off after 36 characters "
            + "(incomplete JSON)"),
        Arguments.of("{\"ok\":true,,}", "answer is broken JSON (Unexpected character (',' (code 44)): was expecting "
            + "double-quote to start field name)"),
        Arguments.of("{\"status\":\"maintenance\"}",
            "JSON without Telegram's \"ok\" field, not a Bot API answer: \"{\"status\":\"maintenance\"}\""),
        Arguments.of("{\"ok\":false,\"description\":\"Unauthorized\"}",
            "Telegram refused the poll without an error code: Unauthorized"));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void anAnswerTheLibraryCannotReadIsSaidInWordsInsteadOfTelegramError0(String answer, String expected) {
    Exception failure = libraryFailure(answer);

    assertThat(reader.what(answer, failure)).isEqualTo(expected);
  }

  @Test
  void theLibraryReportsAnHtmlPageAsTelegramError0WithoutADescription() {
    Exception failure = libraryFailure("<html><body><h1>502 Bad Gateway</h1></body></html>");

    assertThat(failure).isInstanceOfSatisfying(TelegramApiRequestException.class, error -> {
      assertThat(error.getErrorCode()).isZero();
      assertThat(error.getApiResponse()).isNull();
    });
  }

  @Test
  void updatesThatDoNotFitTheLibrarysTypesAreNamedWithTheMismatch() {
    String answer = "{\"ok\":true,\"result\":[{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":\"gestern\"}}]}";

    assertThat(reader.what(answer, libraryFailure(answer)))
        .startsWith("updates in the answer do not fit the library's types (InvalidFormatException: ")
        .contains("\"gestern\"").doesNotContain("\n");
  }

  @Test
  void telegramsOwnAnswersAreBotApiAnswersErrorsIncludedAndAnythingElseIsSaidInWords() {
    assertThat(reader.notBotApiAnswer("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"))
        .isEmpty();
    assertThat(reader.notBotApiAnswer("{\"ok\":true,\"result\":{\"message_id\":3}}")).isEmpty();
    assertThat(reader.notBotApiAnswer("<html><title>Wartung</title></html>"))
        .contains("an HTML page instead of Telegram's JSON (a proxy or gateway answered?): \"Wartung\"");
    assertThat(reader.notBotApiAnswer("{\"ok\":true,\"result\":{\"message_id\":"))
        .contains("answer cut off after 34 characters (incomplete JSON)");
  }

  /** How the library's own {@code getUpdates} fails to read the answer. */
  static Exception libraryFailure(String answer) {
    try {
      new GetUpdates().deserializeResponse(answer);
    } catch (TelegramApiRequestException | RuntimeException e) {
      return e;
    }
    throw new AssertionError("read as updates: " + answer);
  }
}
