package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatMemoryTest {
  private final FakeTicker ticker = new FakeTicker();
  private final ChatMemory memory = new ChatMemory(3, Duration.ofMinutes(10), 2, ticker);

  @Test
  void keepsTheLastQuestionsOfAChatOldestFirst() {
    for (String q : new String[] {"a", "b", "c", "d"}) {
      memory.remember(1, q);
    }
    assertThat(memory.recent(1)).containsExactly("b", "c", "d");
  }

  @Test
  void questionsExpire() {
    memory.remember(1, "alt");
    ticker.advance(Duration.ofMinutes(6));
    memory.remember(1, "neu");
    ticker.advance(Duration.ofMinutes(5));
    assertThat(memory.recent(1)).containsExactly("neu");
  }

  @Test
  void chatsDoNotSeeEachOthersQuestions() {
    memory.remember(1, "eins");
    assertThat(memory.recent(2)).isEmpty();
  }

  @Test
  void theLeastRecentlyUsedChatIsDroppedBeyondTheBound() {
    memory.remember(1, "eins");
    memory.remember(2, "zwei");
    memory.remember(3, "drei");
    assertThat(memory.recent(1)).isEmpty();
    assertThat(memory.recent(3)).containsExactly("drei");
  }

  @Test
  void forgetDropsTheChat() {
    memory.remember(1, "eins");
    memory.forget(1);
    assertThat(memory.recent(1)).isEmpty();
  }
}
