package de.halle.smartcity.cli;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a failed staff test question shows of its answer, on one line: the body without the source lines (whitespace
 * made single spaces), cut at a word boundary with "…" when long, then the files it came from ({@code Quelle:}) or,
 * for a decline, the closest ones retrieval found ({@code nächste Mitteilung:}).
 */
final class AnswerExcerpt {
  /** The most characters of the body shown, "…" included. */
  static final int MAX_BODY = 160;
  /** A cut never goes back further than this to find a space (one long word is cut inside). */
  private static final int MIN_CUT = MAX_BODY / 2;

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

  /** The text on one line, at most {@link #MAX_BODY} characters, cut after a whole word with "…". */
  static String body(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= MAX_BODY) {
      return flat;
    }
    int limit = MAX_BODY - 1;
    int space = flat.lastIndexOf(' ', limit);
    int cut = space >= MIN_CUT ? space : limit;
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--;
    }
    return flat.substring(0, cut).stripTrailing() + "…";
  }

  private static String files(List<Source> sources) {
    return sources.stream().map(Source::file).distinct().collect(Collectors.joining(", "));
  }
}
