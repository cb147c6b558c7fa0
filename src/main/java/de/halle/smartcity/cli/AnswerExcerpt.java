package de.halle.smartcity.cli;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a failed staff test question shows of its answer, on one line: the body without the source lines (whitespace
 * made single spaces), cut at a word boundary with "…" when long, then the files it came from ({@code Quelle:}) or,
 * for a decline, the closest ones retrieval found ({@code nächste Mitteilung:}); and of a follow-up, the chat's earlier
 * questions it was asked after, each cut the same way.
 */
final class AnswerExcerpt {
  /** The most characters of the body shown, "…" included. */
  static final int MAX_BODY = 160;
  /** The most characters shown of each earlier question of a follow-up, "…" included. */
  static final int MAX_EARLIER = 60;

  private AnswerExcerpt() {}

  /** The body excerpt and, when the answer names releases, their files after {@code " | "}. */
  static String of(Answer answer) {
    String body = body(answer.body());
    String files = files(answer.answered() ? answer.citedSources() : answer.closestReleases());
    if (files.isEmpty()) {
      return body;
    }
    return body + " | " + (answer.answered() ? "Quelle: " : "nächste Mitteilung: ") + files;
  }

  /**
   * The question as asked: alone, or after the chat's earlier questions, oldest first, as {@code Und wo? (nach „Wann
   * war …?“, „Und 2020?“)}, each earlier one on one line and cut at a word after {@link #MAX_EARLIER} characters.
   */
  static String asked(String question, List<String> earlier) {
    if (earlier.isEmpty()) {
      return question;
    }
    return question + " (nach " + earlier.stream().map(text -> "„" + cut(text, MAX_EARLIER) + "“")
        .collect(Collectors.joining(", ")) + ")";
  }

  /** The text on one line, at most {@link #MAX_BODY} characters, cut after a whole word with "…". */
  static String body(String text) {
    return cut(text, MAX_BODY);
  }

  /**
   * The text on one line, at most {@code max} characters, cut after a whole word with "…"; never going back more than
   * half of {@code max} to find a space (one long word is cut inside).
   */
  private static String cut(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int limit = max - 1;
    int space = flat.lastIndexOf(' ', limit);
    int cut = space >= max / 2 ? space : limit;
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--;
    }
    return flat.substring(0, cut).stripTrailing() + "…";
  }

  private static String files(List<Source> sources) {
    return sources.stream().map(Source::file).distinct().collect(Collectors.joining(", "));
  }
}
