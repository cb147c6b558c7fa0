package de.halle.smartcity.cli;

import de.halle.smartcity.report.GapReportFormat;
import java.util.Set;

/**
 * {@code report}: prints the knowledge-gap inbox for the press office (declined and 👎 questions, grouped) as
 * Markdown or CSV.
 */
public final class GapReportCommand implements Command {

  /** Renders the report for the last {@code days} days; {@code App} wires the report package in. */
  @FunctionalInterface
  public interface Renderer {
    String render(GapReportFormat format, int days) throws Exception;
  }

  static final int DEFAULT_DAYS = 30;
  private static final CommandSpec SPEC =
      new CommandSpec(
          "report",
          "[--format csv|md] [--days N]",
          "knowledge-gap report for the press office: declined and 👎 questions of the last N days (30), grouped",
          Set.of(),
          Set.of("--format", "--days"),
          0);

  private final Renderer renderer;

  public GapReportCommand(Renderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    GapReportFormat format;
    try {
      format = GapReportFormat.fromOption(arguments.option("--format").orElse("md"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    int days = arguments.number("--days", 1, DEFAULT_DAYS);
    terminal.out().print(renderer.render(format, days));
    terminal.out().flush();
    return 0;
  }
}
