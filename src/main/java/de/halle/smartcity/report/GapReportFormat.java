package de.halle.smartcity.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the office gets the knowledge-gap inbox: a CSV file for spreadsheets or a Markdown table for reading. */
public enum GapReportFormat {
  /** RFC 4180 CSV with a header line; text cells are guarded against spreadsheet formulas. */
  CSV {
    @Override
    public String render(List<KnowledgeGap> gaps, int days, ZoneId zone) {
      StringBuilder out = new StringBuilder(
          "anzahl,erstmals,zuletzt,abgelehnt,negativ_bewertet,beispielfrage,naechste_mitteilung,datei\r\n");
      DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
      for (KnowledgeGap gap : gaps) {
        out.append(gap.count()).append(',').append(time.format(gap.firstSeen())).append(',')
            .append(time.format(gap.lastSeen())).append(',').append(gap.declined()).append(',')
            .append(gap.thumbsDown()).append(',').append(csvCell(gap.exampleQuestion())).append(',')
            .append(csvCell(gap.closestReleaseTitle().orElse(""))).append(',')
            .append(csvCell(gap.closestReleaseFile().orElse(""))).append("\r\n");
      }
      return out.toString();
    }
  },
  /** A Markdown table with a heading naming the period. */
  MARKDOWN {
    @Override
    public String render(List<KnowledgeGap> gaps, int days, ZoneId zone) {
      StringBuilder out = new StringBuilder("# Wissenslücken der letzten ").append(days).append(" Tage\n\n");
      if (gaps.isEmpty()) {
        return out.append("Keine abgelehnten oder negativ bewerteten Fragen.\n").toString();
      }
      out.append("| Anzahl | Erstmals | Zuletzt | Abgelehnt | 👎 | Beispielfrage | Nächste Mitteilung |\n")
          .append("|---:|---|---|---:|---:|---|---|\n");
      for (KnowledgeGap gap : gaps) {
        out.append("| ").append(gap.count()).append(" | ").append(germanDate(gap.firstSeen(), zone))
            .append(" | ").append(germanDate(gap.lastSeen(), zone)).append(" | ").append(gap.declined())
            .append(" | ").append(gap.thumbsDown()).append(" | ").append(markdownCell(gap.exampleQuestion()))
            .append(" | ").append(markdownCell(closestRelease(gap))).append(" |\n");
      }
      return out.toString();
    }
  };

  /** Renders the gaps found over the last {@code days} days, with times in {@code zone}. */
  public abstract String render(List<KnowledgeGap> gaps, int days, ZoneId zone);

  /** The format for a {@code --format} value ({@code csv} or {@code md}). */
  public static GapReportFormat fromOption(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "csv" -> CSV;
      case "md", "markdown" -> MARKDOWN;
      default -> throw new IllegalArgumentException("--format must be csv or md but was " + value);
    };
  }

  static String germanDate(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(zone).format(instant);
  }

  static String closestRelease(KnowledgeGap gap) {
    return gap.closestReleaseTitle()
        .map(title -> title + gap.closestReleaseFile().map(file -> " (" + file + ")").orElse(""))
        .orElse("–");
  }

  static String csvCell(String text) {
    String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    return safe.matches("(?s).*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  static String markdownCell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }
}
