package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  private final AtomicInteger served = new AtomicInteger();

  private int serve(Optional<String> token, CapturedTerminal terminal) {
    ServeCommand command = new ServeCommand(token, served::incrementAndGet);
    return new CommandLine(List.of(command), "serve").run(List.of(), terminal.terminal());
  }

  @Test
  void withoutATokenServeExplainsWhatToSetAndExitsWithTwo() {
    CapturedTerminal terminal = new CapturedTerminal("");

    assertThat(serve(Optional.empty(), terminal)).isEqualTo(2);
    assertThat(terminal.err()).contains("TELEGRAM_BOT_TOKEN is not set", "@BotFather", "console chat");
    assertThat(served).hasValue(0);
  }

  @Test
  void withATokenServeRunsTheBotUntilItReturns() {
    assertThat(serve(Optional.of("123:abc"), new CapturedTerminal(""))).isZero();
    assertThat(served).hasValue(1);
  }
}
