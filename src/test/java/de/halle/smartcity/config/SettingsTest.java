package de.halle.smartcity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {

  private static final String TOKEN = "123456789:AAH-fake_token_for_tests_0123456789";
  private static final String KEY = "0123456789abcdef0123456789abcdef0123";

  @Test
  void anEmptyEnvironmentGivesTheDocumentedDefaults() {
    Settings settings = Settings.fromEnvironment(Map.of());

    assertThat(settings.telegramBotToken()).isEmpty();
    assertThat(settings.telegramApiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
    assertThat(settings.knowledgeDir()).isEqualTo(Path.of("./knowledge"));
    assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(settings.databaseUrl()).isEqualTo("jdbc:h2:file:./data/halle-bot");
    assertThat(settings.databaseUser()).isEmpty();
    assertThat(settings.databasePassword()).isEmpty();
    assertThat(settings.adminIds()).isEmpty();
    assertThat(settings.pseudonymKey()).isEmpty();
    assertThat(settings.retentionDays()).isEqualTo(90);
    assertThat(settings.typingGrace()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.heartbeatFile()).isEqualTo(Path.of("./data/heartbeat"));
  }

  @Test
  void everyVariableIsTakenFromTheEnvironment() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "KNOWLEDGE_DIR", "/srv/knowledge",
                "DATA_DIR", "/srv/data",
                "DATABASE_URL", "jdbc:postgresql://db/halle",
                "DATABASE_USER", "bot",
                "DATABASE_PASSWORD", "secret",
                "BOT_ADMIN_IDS", "11, 22,-1003",
                "BOT_PSEUDONYM_KEY", KEY,
                "BOT_RETENTION_DAYS", "30"));

    assertThat(settings.telegramBotToken()).contains(TOKEN);
    assertThat(settings.telegramApiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
    assertThat(settings.knowledgeDir()).isEqualTo(Path.of("/srv/knowledge"));
    assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/data"));
    assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://db/halle");
    assertThat(settings.databaseUser()).contains("bot");
    assertThat(settings.databasePassword()).contains("secret");
    assertThat(settings.adminIds()).containsExactlyInAnyOrder(11L, 22L, -1003L);
    assertThat(settings.pseudonymKey()).contains(KEY);
    assertThat(settings.retentionDays()).isEqualTo(30);
  }

  @Test
  void theDefaultDatabaseLivesInTheDataFolder() {
    Settings settings = Settings.fromEnvironment(Map.of("DATA_DIR", "/var/lib/halle"));

    assertThat(settings.databaseUrl()).isEqualTo("jdbc:h2:file:/var/lib/halle/halle-bot");
    assertThat(settings.cacheDir()).isEqualTo(Path.of("/var/lib/halle/cache"));
  }

  @Test
  void blankVariablesCountAsUnset() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("TELEGRAM_BOT_TOKEN", "  ", "BOT_RETENTION_DAYS", "", "BOT_ADMIN_IDS", " , ",
                "TELEGRAM_TYPING_GRACE_MS", " "));

    assertThat(settings.telegramBotToken()).isEmpty();
    assertThat(settings.retentionDays()).isEqualTo(90);
    assertThat(settings.adminIds()).isEqualTo(Set.of());
    assertThat(settings.typingGrace()).isEqualTo(Duration.ofSeconds(1));
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("TELEGRAM_BOT_TOKEN", "not-a-token", "expected <digits>:<secret>"),
        Arguments.of("TELEGRAM_BOT_TOKEN", "12345:has spaces", "expected <digits>:<secret>"),
        Arguments.of("TELEGRAM_API_URL", "api.telegram.org", "must be an http(s) URL"),
        Arguments.of("TELEGRAM_API_URL", "ftp://example.org", "got 'ftp://example.org'"),
        Arguments.of("DATABASE_URL", "postgres://db/halle", "must be a JDBC URL"),
        Arguments.of("BOT_ADMIN_IDS", "12,abc", "'abc' is not a number"),
        Arguments.of("BOT_PSEUDONYM_KEY", "short", "too short (5 characters)"),
        Arguments.of("BOT_RETENTION_DAYS", "abc", "got 'abc'"),
        Arguments.of("BOT_RETENTION_DAYS", "0", "from 1 to 3650, got '0'"),
        Arguments.of("KNOWLEDGE_DIR", "bad\0path", "must be a folder path"),
        Arguments.of("TELEGRAM_TYPING_GRACE_MS", "1s", "milliseconds from 0 to 60000"),
        Arguments.of("TELEGRAM_TYPING_GRACE_MS", "-1", "got '-1'"),
        Arguments.of("TELEGRAM_TYPING_GRACE_MS", "60001", "got '60001'"),
        Arguments.of("TELEGRAM_TYPING_GRACE_MS", "99999999999", "got '99999999999'"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("badValues")
  void aBadValueIsRejectedWithAMessageNamingTheVariableAndTheFix(String name, String value, String fix) {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of(name, value)))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith(name)
        .hasMessageContaining(fix);
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of("BOT_RETENTION_DAYS", "-5", "DATABASE_URL", "h2", "TELEGRAM_API_URL", "x")))
        .isInstanceOfSatisfying(
            SettingsException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(3)
                    .anySatisfy(p -> assertThat(p).startsWith("BOT_RETENTION_DAYS"))
                    .anySatisfy(p -> assertThat(p).startsWith("DATABASE_URL"))
                    .anySatisfy(p -> assertThat(p).startsWith("TELEGRAM_API_URL")));
  }

  @Test
  void aMalformedTokenIsNeverEchoed() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "s3cr3t-value")))
        .hasMessageNotContaining("s3cr3t-value");
  }

  @Test
  void toStringMasksSecrets() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "BOT_PSEUDONYM_KEY", KEY,
                "DATABASE_URL", "jdbc:postgresql://db/halle?user=bot&password=pw-123&ssl=true",
                "DATABASE_PASSWORD", "pw-456"));

    assertThat(settings.toString())
        .doesNotContain(TOKEN, KEY, "pw-123", "pw-456")
        .contains("TELEGRAM_BOT_TOKEN=(set)", "BOT_PSEUDONYM_KEY=(set)", "DATABASE_PASSWORD=(set)")
        .contains("DATABASE_URL=jdbc:postgresql://db/halle?user=bot&password=***&ssl=true");
    assertThat(Settings.fromEnvironment(Map.of()).toString()).contains("TELEGRAM_BOT_TOKEN=(not set)");
  }

  @Test
  void theRecordRejectsANonPositiveRetention() {
    assertThatThrownBy(
            () ->
                new Settings(
                    Optional.empty(),
                    URI.create("https://api.telegram.org"),
                    Path.of("k"),
                    Path.of("d"),
                    "jdbc:h2:mem:x",
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    Optional.empty(),
                    0,
                    Duration.ofSeconds(1)))
        .hasMessage("retentionDays must be >= 1 but was 0");
  }

  @Test
  void theTypingGraceIsTakenInMilliseconds() {
    assertThat(Settings.fromEnvironment(Map.of("TELEGRAM_TYPING_GRACE_MS", "2500")).typingGrace())
        .isEqualTo(Duration.ofMillis(2500));
    assertThat(Settings.fromEnvironment(Map.of("TELEGRAM_TYPING_GRACE_MS", "2500")).toString())
        .contains("TELEGRAM_TYPING_GRACE_MS=2500");
  }

  @Test
  void noTypingGraceAndTheLongestAreAccepted() {
    assertThat(Settings.fromEnvironment(Map.of("TELEGRAM_TYPING_GRACE_MS", "0")).typingGrace()).isZero();
    assertThat(Settings.fromEnvironment(Map.of("TELEGRAM_TYPING_GRACE_MS", " 60000 ")).typingGrace())
        .isEqualTo(Duration.ofMinutes(1));
  }
}
