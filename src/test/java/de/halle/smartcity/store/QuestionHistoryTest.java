package de.halle.smartcity.store;

import static de.halle.smartcity.store.JdbcQuestionLogTest.AT;
import static de.halle.smartcity.store.JdbcQuestionLogTest.PSEUDONYMIZER;
import static de.halle.smartcity.store.JdbcQuestionLogTest.answered;
import static de.halle.smartcity.store.JdbcQuestionLogTest.declined;
import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuestionHistoryTest {

  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcQuestionLog log = new JdbcQuestionLog(db, PSEUDONYMIZER, new PersonalDataScrubber());
  private final QuestionHistory history = new QuestionHistory(db);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void readsQuestionsFromAPointInTimeOnWithTheirVotes() {
    log.record(1, "Zu alt?", declined(), AT.minusSeconds(1));
    long rated = log.record(1, "Wann fand die Konferenz statt?", answered("k.md", "Konferenz"), AT);
    log.feedback(1, rated, false, AT);
    log.record(2, "max@example.de 0171 1234567", declined(), AT.plusSeconds(60));

    List<LoggedQuestion> questions = history.since(AT);

    assertThat(questions).containsExactly(
        new LoggedQuestion(AT, Optional.of("Wann fand die Konferenz statt?"), "ANSWERED", Optional.of("k.md"),
            Optional.of("Konferenz"), Optional.of(false)),
        new LoggedQuestion(AT.plusSeconds(60), Optional.empty(), "DECLINED", Optional.empty(), Optional.empty(),
            Optional.empty()));
    assertThat(questions.get(0).ratedUnhelpful()).isTrue();
    assertThat(questions.get(1).declined()).isTrue();
  }
}
