package de.halle.smartcity.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import de.halle.smartcity.privacy.HmacPseudonymizer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcQuestionLogTest {

  static final long CHAT = 987654321L;
  static final long OTHER_CHAT = 123123123L;
  static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");
  static final HmacPseudonymizer PSEUDONYMIZER =
      new HmacPseudonymizer("question-log-test-key-0123456789".getBytes(StandardCharsets.UTF_8));

  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
  private final JdbcQuestionLog log = new JdbcQuestionLog(db, PSEUDONYMIZER, new PersonalDataScrubber());

  @AfterEach
  void close() {
    db.close();
  }

  static Answer answered(String file, String title) {
    Source source = new Source(title, LocalDate.parse("2023-04-21"), "https://example.org/" + file, file);
    return new Answer(Answer.Kind.ANSWERED, "Antwort.", List.of("Antwort."), List.of(source), 0.8, "de");
  }

  static Answer declined() {
    return new Answer(Answer.Kind.DECLINED, "Dazu steht nichts in den Mitteilungen.", List.of(), List.of(), 0.1,
        "de");
  }

  @Test
  void storesThePseudonymAndNeverTheRawChatId() throws SQLException {
    long id = log.record(CHAT, "Wann fand die Konferenz statt?", answered("a.md", "Konferenz"), AT);
    log.feedback(CHAT, id, true, AT);

    List<String> rows = StoredRows.all(db);

    assertThat(rows).hasSize(3).noneMatch(row -> row.contains(Long.toString(CHAT)));
    assertThat(rows).filteredOn(row -> !row.startsWith("source_card:")).hasSize(2)
        .allMatch(row -> row.contains(PSEUDONYMIZER.pseudonym(CHAT)));
  }

  @Test
  void storesTheScrubbedQuestionWithItsAnswerDetails() throws SQLException {
    log.record(CHAT, "Ich wohne Hansering 15, wann kommt die Mobilstation?", answered("mobil.md", "Mobilität"), AT);

    assertThat(StoredRows.of(db, "question")).singleElement().asString()
        .contains("Ich wohne [ADRESSE], wann kommt die Mobilstation?", "ADDRESS", "ANSWERED", "mobil.md",
            "Mobilität", "| de|", "2024-05-01 10:00:00")
        .doesNotContain("Hansering 15");
  }

  @Test
  void storesTheQuestionAsTheEngineReadItScrubbedWithTheKindsRemovedFromTheTypedMessage() throws SQLException {
    Answer read = answered("digital.md", "Digitaltag").withAsked(
        "Und wo, Hansering 15? (nach „Wann fand der Digitaltag statt?“)");
    log.record(CHAT, "Hallo, ich bin Sabine Muster, Tel. 0345 1234567. Und wo?", read, AT);

    assertThat(StoredRows.of(db, "question")).singleElement().asString()
        .contains("Und wo, [ADRESSE]? (nach „Wann fand der Digitaltag statt?“)", "PHONE")
        .doesNotContain("Sabine", "Muster", "1234567", "Hansering 15");
  }

  @Test
  void withholdsTheTextOfAMessageThatIsMostlyPersonalData() throws SQLException {
    log.record(CHAT, "max@example.de 0171 1234567", declined().withAsked("max@example.de 0171 1234567"), AT);

    assertThat(StoredRows.of(db, "question")).singleElement().asString()
        .contains(" null|", "EMAIL,PHONE", "DECLINED")
        .doesNotContain("example", "1234567");
  }

  @Test
  void returnsDistinctIdsForEachRecordedQuestion() {
    long first = log.record(CHAT, "Frage eins?", declined(), AT);
    long second = log.record(CHAT, "Frage zwei?", declined(), AT);

    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void keepsOnlyTheLatestVoteOfAChatOnAnAnswer() throws SQLException {
    long id = log.record(CHAT, "Wann fand die Konferenz statt?", answered("a.md", "Konferenz"), AT);

    assertThat(log.feedback(CHAT, id, true, AT)).isTrue();
    assertThat(log.feedback(CHAT, id, false, AT.plusSeconds(5))).isTrue();

    assertThat(StoredRows.of(db, "feedback")).singleElement().asString().endsWith(" FALSE|");
  }

  @Test
  void ignoresAndReportsVotesOnAnotherChatsAnswerOrAnUnknownOrForgottenOne() throws SQLException {
    long id = log.record(CHAT, "Wann fand die Konferenz statt?", answered("a.md", "Konferenz"), AT);

    assertThat(log.feedback(OTHER_CHAT, id, false, AT)).isFalse();
    assertThat(log.feedback(CHAT, id + 1000, false, AT)).isFalse();
    log.forget(CHAT);
    assertThat(log.feedback(CHAT, id, true, AT)).isFalse();

    assertThat(StoredRows.of(db, "feedback")).isEmpty();
  }

  @Test
  void forgetLeavesNoRowAboutTheChatAndKeepsOtherChats() throws SQLException {
    long first = log.record(CHAT, "Wann fand die Konferenz statt?", answered("a.md", "Konferenz"), AT);
    log.record(CHAT, "Und 2020?", declined(), AT);
    log.feedback(CHAT, first, false, AT);
    long other = log.record(OTHER_CHAT, "Was kostet die Reise?", answered("b.md", "Reise"), AT);
    log.feedback(OTHER_CHAT, other, true, AT);

    int removed = log.forget(CHAT);

    assertThat(removed).isEqualTo(3);
    assertThat(StoredRows.all(db)).hasSize(3)
        .noneMatch(row -> row.contains(PSEUDONYMIZER.pseudonym(CHAT)));
    assertThat(StoredRows.of(db, "source_card")).singleElement().asString().contains("b.md");
    assertThat(log.sourceCard(CHAT, first)).isEmpty();
    assertThat(log.forget(CHAT)).isZero();
  }

  @Test
  void keepsTheSourceCardOfAnAnswerAndShowsItOnlyToTheSameChat() throws SQLException {
    Source source = new Source("Sensoren für Feinstaub & Lärm <Pilot>", LocalDate.parse("2022-03-10"),
        "https://example.org/s?id=7&lang=de", "sensoren.md");
    List<String> evidence = List.of("Die Stadt installiert 40 „Umweltsensoren“.", "Zeile\nzwei \\ mit \"Zitat\"");
    Answer answer = new Answer(Answer.Kind.ANSWERED, "Antwort.", evidence, List.of(source), 0.8, "en");
    long id = log.record(CHAT, "Wie viele Sensoren?", answer, AT);

    assertThat(log.sourceCard(CHAT, id)).contains(new SourceCard(List.of(source), evidence, "en"));
    assertThat(log.sourceCard(OTHER_CHAT, id)).isEmpty();
    assertThat(log.sourceCard(CHAT, id + 1000)).isEmpty();
    assertThat(StoredRows.of(db, "source_card")).singleElement().asString()
        .doesNotContain(Long.toString(CHAT)).doesNotContain("Wie viele");
  }

  @Test
  void storesNoSourceCardForADecline() throws SQLException {
    long id = log.record(CHAT, "Was kostet ein Parkausweis?", declined(), AT);

    assertThat(log.sourceCard(CHAT, id)).isEmpty();
    assertThat(StoredRows.of(db, "source_card")).isEmpty();
  }
}
