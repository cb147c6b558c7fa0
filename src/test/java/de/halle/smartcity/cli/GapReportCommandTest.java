package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.report.GapReportFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapReportCommandTest {

  private final List<String> requests = new ArrayList<>();
  private int exitCode = -1;

  private CapturedTerminal report(String... args) {
    GapReportCommand command =
        new GapReportCommand(
            (format, days) -> {
              requests.add(format + "/" + days);
              return "report " + format + " " + days + "\n";
            });
    CapturedTerminal terminal = new CapturedTerminal("");
    exitCode = new CommandLine(List.of(command), "report").run(List.of(args), terminal.terminal());
    return terminal;
  }

  @Test
  void withoutOptionsTheLastThirtyDaysAreReportedAsMarkdown() {
    CapturedTerminal terminal = report("report");

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).isEqualTo("report MARKDOWN 30\n");
    assertThat(requests).containsExactly(GapReportFormat.MARKDOWN + "/30");
  }

  @Test
  void formatAndPeriodCanBeChosen() {
    CapturedTerminal terminal = report("report", "--format", "csv", "--days=7");

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).isEqualTo("report CSV 7\n");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CapturedTerminal terminal = report("report", "--format", "pdf");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err()).contains("--format must be csv or md but was pdf", "usage:");
    assertThat(requests).isEmpty();
  }

  @Test
  void aPeriodBelowOneDayIsAUsageError() {
    CapturedTerminal terminal = report("report", "--days", "0");

    assertThat(exitCode).isEqualTo(2);
    assertThat(terminal.err()).contains("--days needs a whole number >= 1 but got '0'");
  }
}
