package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.store.QuestionLog;
import de.halle.smartcity.store.RetryQueue;
import de.halle.smartcity.store.UpdateInbox;
import de.halle.smartcity.store.UpdateLedger;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the Telegram bot uses from the rest of the application.
 *
 * @param answerer the answer engine
 * @param ledger persistent record of handled {@code update_id}s
 * @param retries persistent, encrypted queue of messages to try again after a failure
 * @param inbox persistent, encrypted write-ahead inbox of messages fetched but not yet answered
 * @param questionLog privacy-first log of questions and feedback
 * @param knowledge the current knowledge snapshot (for {@code /quellen} and {@code /ueber}); may change on reload
 * @param scrubber finds personal data: it is left out of questions; messages that are mostly personal data are neither
 *     answered nor stored
 * @param adminCommands staff commands by name without the slash, e.g. {@code statistik}
 * @param clock wall clock for stored timestamps
 */
public record BotServices(
    QuestionAnswerer answerer,
    UpdateLedger ledger,
    RetryQueue retries,
    UpdateInbox inbox,
    QuestionLog questionLog,
    Supplier<KnowledgeSnapshot> knowledge,
    PersonalDataScrubber scrubber,
    Map<String, AdminCommand> adminCommands,
    Clock clock) {

  public BotServices {
    Objects.requireNonNull(answerer, "answerer");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(retries, "retries");
    Objects.requireNonNull(inbox, "inbox");
    Objects.requireNonNull(questionLog, "questionLog");
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(scrubber, "scrubber");
    adminCommands = Map.copyOf(adminCommands);
    for (String name : adminCommands.keySet()) {
      if (!name.matches("[a-z0-9_]{1,32}")) {
        throw new IllegalArgumentException("admin command names are 1-32 of a-z, 0-9, _ but got '" + name + "'");
      }
    }
    Objects.requireNonNull(clock, "clock");
  }
}
