package de.halle.smartcity.answer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What the bot replies to one question.
 *
 * @param kind whether this is an extracted answer, an honest decline or a fixed reply
 * @param body the reply without the source line: verbatim evidence (framed for English questions), the decline with
 *     its next step, or the fixed reply
 * @param evidence the verbatim sentences the body was built from; empty unless {@code kind == ANSWERED}
 * @param sources for {@code ANSWERED}: the releases the evidence came from, best first; for {@code DECLINED}: the
 *     closest release(s) retrieval found, for the editors' gap inbox and never shown to the citizen (may be empty);
 *     empty for {@code FIXED}
 * @param confidence the estimated probability in [0, 1] that the answer is right ({@link Confidence#of}); for a
 *     decline that of the answer it withheld (0: none)
 * @param language "de" or "en": the language the reply is written in
 * @param asked the question as the engine read it, for the editors' question log: the asking part of the message
 *     (without greetings, self-introductions, sign-offs and statements about the writer) and, for a follow-up, the
 *     earlier question it continues, e.g. {@code Und wo? (nach „Wann fand der Stadtfesttag statt?“)}; empty when no
 *     message was read (fixed replies)
 */
public record Answer(
    Kind kind,
    String body,
    List<String> evidence,
    List<Source> sources,
    double confidence,
    String language,
    String asked) {

  /** What sort of reply this is. */
  public enum Kind {
    /** Evidence from the releases answers the question. */
    ANSWERED,
    /** The releases do not answer it; the body says so and names a next step. */
    DECLINED,
    /** A fixed reply without retrieval: greeting, thanks, help, emergency. */
    FIXED
  }

  public Answer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    evidence = List.copyOf(evidence);
    sources = List.copyOf(sources);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(asked, "asked");
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be in [0, 1] but was " + confidence);
    }
    if (kind == Kind.ANSWERED && sources.isEmpty()) {
      throw new IllegalArgumentException("an ANSWERED answer needs at least one source");
    }
    if (kind == Kind.FIXED && !sources.isEmpty()) {
      throw new IllegalArgumentException("a FIXED reply has no sources but got " + sources);
    }
  }

  /** An answer that records no read question (fixed replies, tests). */
  public Answer(Kind kind, String body, List<String> evidence, List<Source> sources, double confidence,
      String language) {
    this(kind, body, evidence, sources, confidence, language, "");
  }

  /** This answer with the question as the engine read it ({@link #asked()}). */
  public Answer withAsked(String readQuestion) {
    return new Answer(kind, body, evidence, sources, confidence, language, readQuestion);
  }

  /** How the German texts of answers write a date (also the notes about older and expired releases). */
  static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /**
   * The plain text a citizen sees: the body, then for an answer one source line per release, e.g. {@code Quelle:
   * <title> (Stand 21.04.2023) <url>}; English replies say that the source is German. A decline shows no source line.
   */
  public String text() {
    StringBuilder out = new StringBuilder(body);
    for (Source source : citedSources()) {
      out.append('\n');
      if ("en".equals(language)) {
        out.append("Source (in German): ").append(source.title()).append(" (as of ").append(source.date());
      } else {
        out.append("Quelle: ").append(source.title()).append(" (Stand ").append(GERMAN_DATE.format(source.date()));
      }
      out.append(") ").append(source.url());
    }
    return out.toString();
  }

  /** The releases the citizen is shown as sources: those of an answer; none for a decline or fixed reply. */
  public List<Source> citedSources() {
    return kind == Kind.ANSWERED ? sources : List.of();
  }

  /** For a decline, the closest release(s) retrieval found (best first); empty for answers and fixed replies. */
  public List<Source> closestReleases() {
    return kind == Kind.DECLINED ? sources : List.of();
  }

  /** True when the reply carries an answer extracted from the releases. */
  public boolean answered() {
    return kind == Kind.ANSWERED;
  }
}
