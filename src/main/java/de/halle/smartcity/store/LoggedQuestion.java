package de.halle.smartcity.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded question as the staff reports see it: no chat pseudonym, only what the press office needs.
 *
 * @param askedAt when it was asked
 * @param text the scrubbed question text; empty when it was withheld as mostly personal data
 * @param replyKind ANSWERED, DECLINED or FIXED (see {@code Answer.Kind})
 * @param topSourceFile the knowledge file of the best source at answer time, if any
 * @param topSourceTitle that release's title, if any
 * @param helpful the citizen's vote: true 👍, false 👎, empty when none
 */
public record LoggedQuestion(
    Instant askedAt,
    Optional<String> text,
    String replyKind,
    Optional<String> topSourceFile,
    Optional<String> topSourceTitle,
    Optional<Boolean> helpful) {

  public LoggedQuestion {
    Objects.requireNonNull(askedAt, "askedAt");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(replyKind, "replyKind");
    Objects.requireNonNull(topSourceFile, "topSourceFile");
    Objects.requireNonNull(topSourceTitle, "topSourceTitle");
    Objects.requireNonNull(helpful, "helpful");
  }

  /** True when the bot answered from the releases. */
  public boolean answered() {
    return "ANSWERED".equals(replyKind);
  }

  /** True when the bot said the releases do not answer it. */
  public boolean declined() {
    return "DECLINED".equals(replyKind);
  }

  /** True when the citizen rated the reply 👎. */
  public boolean ratedUnhelpful() {
    return helpful.filter(vote -> !vote).isPresent();
  }
}
