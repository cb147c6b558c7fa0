package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.privacy.PersonalDataScrubber;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** A {@link Conversation} assembled from in-memory fakes and the fixture releases, for unit tests. */
final class ConversationFixture {
  static final long ADMIN = 777;
  static final BotIdentity BOT = new BotIdentity(4242, "HalleTestBot");

  final InMemoryQuestionLog log = new InMemoryQuestionLog();
  final FakeTicker ticker = new FakeTicker();
  final KnowledgeSnapshot knowledge = FixtureKnowledge.snapshot();
  private final Conversation conversation;

  ConversationFixture(ReplySender sender, QuestionAnswerer answerer) {
    this(sender, answerer, TelegramSettings.DEFAULT_TYPING_GRACE);
  }

  /** The conversation showing "typing" when an answer takes longer than {@code typingGrace}. */
  ConversationFixture(ReplySender sender, QuestionAnswerer answerer, Duration typingGrace) {
    TelegramSettings settings = TelegramSettings.builder("1:TEST").adminIds(Set.of(ADMIN)).build();
    BotServices services = new BotServices(answerer, new InMemoryUpdateLedger(), new InMemoryRetryQueue(),
        new InMemoryUpdateInbox(), log,
        () -> knowledge, new PersonalDataScrubber(),
        Map.of("statistik", arguments -> "Fragen heute: 3 <alle> " + arguments),
        Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));
    this.conversation =
        Conversation.assemble(settings, services, BOT, new TypingIndicator(sender, typingGrace), ticker);
  }

  ConversationFixture(ReplySender sender) {
    this(sender, new FixtureAnswerer(FixtureKnowledge.snapshot()));
  }

  Conversation conversation() {
    return conversation;
  }
}
