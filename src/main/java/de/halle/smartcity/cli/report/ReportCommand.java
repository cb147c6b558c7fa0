package de.halle.smartcity.cli.report;

import de.halle.smartcity.report.ContentWords;
import de.halle.smartcity.report.GapReport;
import de.halle.smartcity.report.GapReportFormat;
import de.halle.smartcity.store.Database;
import de.halle.smartcity.store.QuestionHistory;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The {@code report [--format csv|md] [--days N]} command: prints the knowledge-gap inbox for the press office.
 * Thread-safe.
 */
public final class ReportCommand {

  /** The usage line printed on bad arguments. */
  public static final String USAGE = "usage: halle-bot report [--format csv|md] [--days N]";
  /** Period when {@code --days} is not given. */
  public static final int DEFAULT_DAYS = 30;

  private final GapReport gaps;
  private final ZoneId zone;

  /** A command reading the question log in {@code database}; times are shown in {@code zone}. */
  public ReportCommand(Database database, Clock clock, ZoneId zone) {
    this.gaps = new GapReport(new QuestionHistory(database), ContentWords.withDefaultStopwords(), clock);
    this.zone = zone;
  }

  /** Runs the command with the arguments after {@code report}; returns the exit code (0 ok, 2 bad arguments). */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    out.print(render(options.format(), options.days()));
    out.flush();
    return 0;
  }

  /**
   * The report text for already-parsed options (see {@link GapReportFormat#fromOption}), for callers with their own
   * argument parser.
   */
  public String render(GapReportFormat format, int days) {
    return format.render(gaps.lastDays(days), days, zone);
  }

  /** Parsed command-line options. */
  record Options(GapReportFormat format, int days) {

    static Options parse(List<String> args) {
      GapReportFormat format = GapReportFormat.MARKDOWN;
      int days = DEFAULT_DAYS;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (!arg.equals("--format") && !arg.equals("--days")) {
          throw new IllegalArgumentException("unknown argument: " + arg);
        }
        if (i + 1 == args.size()) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        String value = args.get(++i);
        if (arg.equals("--format")) {
          format = GapReportFormat.fromOption(value);
        } else {
          days = parseDays(value);
        }
      }
      return new Options(format, days);
    }

    private static int parseDays(String value) {
      if (value.matches("0*[1-9]\\d{0,5}")) {
        return Integer.parseInt(value);
      }
      throw new IllegalArgumentException("--days must be a whole number of at least 1 but was " + value);
    }
  }
}
