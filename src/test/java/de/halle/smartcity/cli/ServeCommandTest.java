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

  @Test
  void aPendingCommandSaysWhyAndExitsWithOne() {
    CapturedTerminal terminal = new CapturedTerminal("");
    PendingCommand report =
        new PendingCommand(
            new CommandSpec("report", "", "report", java.util.Set.of(), java.util.Set.of("--days"), 0),
            "not merged yet");

    int code = new CommandLine(List.of(report), "report").run(List.of("report", "--days", "7"), terminal.terminal());

    assertThat(code).isEqualTo(1);
    assertThat(terminal.err()).isEqualTo("halle-bot report: not available: not merged yet\n");
  }
}
