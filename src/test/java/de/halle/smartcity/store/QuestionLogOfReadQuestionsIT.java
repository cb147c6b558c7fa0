package de.halle.smartcity.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.EngineFixture;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Questions read by the real engine are stored in the real H2 question log without the writer's own name. */
class QuestionLogOfReadQuestionsIT {

  private static final String BARE = "was die Reise die Stadt gekostet hat?";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.ofTestKnowledge();

  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcQuestionLog log =
      new JdbcQuestionLog(db, JdbcQuestionLogTest.PSEUDONYMIZER, new PersonalDataScrubber());

  @AfterEach
  void close() {
    db.close();
  }

  private String stored(String message, List<String> earlier) throws Exception {
    log.record(JdbcQuestionLogTest.CHAT, message, engine.answer(new Question(message, earlier)),
        JdbcQuestionLogTest.AT);
    return StoredRows.of(db, "question").get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ich, Sabine Muster, möchte wissen, {bare}                  | Ich, [NAME], möchte wissen, {bare}
      Mein Name ist Sabine Muster und ich frage mich, {bare}    | Mein Name ist [NAME] und ich frage mich, {bare}
      Mein Name ist Sabine Muster und ich möchte wissen, {bare} | {bare}
      Hier schreibt Sabine Muster: Ich möchte wissen, {bare}     | {bare}
      """)
  void aNameTheWriterIntroducesThemselfWithInTheQuestionIsStoredAsAPlaceholder(String message, String read)
      throws Exception {
    assertThat(stored(message.replace("{bare}", BARE), List.of()))
        .contains(read.replace("{bare}", BARE))
        .doesNotContain("Sabine");
  }

  @Test
  void theQuestionAFollowUpContinuesIsStoredWithoutTheWritersNameToo() throws Exception {
    assertThat(stored("Und 2020?", List.of("Ich, Sabine Muster, möchte wissen, " + BARE)))
        .contains("Und 2020? (nach „Ich, [NAME], möchte wissen, " + BARE + "“)", "| NAME|")
        .doesNotContain("Sabine");
  }

  @Test
  void aNameTheQuestionAsksAboutIsKeptForTheGapReport() throws Exception {
    assertThat(stored("Wer ist Sabine Muster?", List.of())).contains("| Wer ist Sabine Muster?| |");
  }
}
