package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.retrieval.EmbeddedDocument;
import de.halle.smartcity.retrieval.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quoted part of an answer: the answer release's chosen sentences verbatim (framed for English), optionally
 * followed by another release's sentence on its own line, with the evidence, the cited sources and the body budget
 * their source lines leave.
 *
 * @param text the quoted text
 * @param evidence the quoted sentences
 * @param sources the cited releases, the answer's first
 * @param budget the characters the body may use beside the source lines
 */
record AnswerQuote(String text, List<String> evidence, List<Source> sources, int budget) {

  private static final String ENGLISH_FRAME = "The German press release says: ";

  AnswerQuote {
    evidence = List.copyOf(evidence);
    sources = List.copyOf(sources);
  }

  /**
   * The release's chosen sentences alone, a single over-long sentence cut to the budget; {@code needed} is a heading
   * shown whatever the budget, or "" ({@link SentencesWithHeadings#text}).
   */
  static AnswerQuote alone(EmbeddedDocument embedded, List<Integer> chosen, String needed, int maxChars,
      String language) {
    Source source = sourceOf(embedded.document().document());
    int budget = maxChars - emptyBodyLength(List.of(source), language);
    String text =
        SentencesWithHeadings.text(embedded.document(), chosen, needed, budget - frame("", language).length());
    return new AnswerQuote(fit(frame(text, language), budget), sentences(embedded, chosen), List.of(source), budget);
  }

  /** The release's chosen sentences followed by another release's sentence on its own line, when both fit. */
  static Optional<AnswerQuote> withOther(EmbeddedDocument embedded, List<Integer> chosen, String needed, Evidence other,
      int maxChars, String language) {
    List<Source> sources = List.of(sourceOf(embedded.document().document()), sourceOf(other));
    String line = "\n" + ExtractiveComposer.otherReleaseLine(other.text(), language);
    int budget = maxChars - emptyBodyLength(sources, language);
    int room = budget - line.length();
    String text = frame(
        SentencesWithHeadings.text(embedded.document(), chosen, needed, room - frame("", language).length()), language);
    if (text.length() > room) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>(sentences(embedded, chosen));
    evidence.add(other.text());
    return Optional.of(new AnswerQuote(text + line, evidence, sources, budget));
  }

  /** The body budget of an answer quoting only {@code release}. */
  static int budgetAlone(KnowledgeDocument release, int maxChars, String language) {
    return maxChars - emptyBodyLength(List.of(sourceOf(release)), language);
  }

  /** The characters quoting another release's sentence beside {@code release} adds: its line and its source line. */
  static int otherReleaseCost(Evidence other, KnowledgeDocument release, String language) {
    Source source = sourceOf(release);
    return 1 + ExtractiveComposer.otherReleaseLine(other.text(), language).length()
        + emptyBodyLength(List.of(source, sourceOf(other)), language) - emptyBodyLength(List.of(source), language);
  }

  private static List<String> sentences(EmbeddedDocument embedded, List<Integer> chosen) {
    return chosen.stream().map(embedded.document().sentences()::get).toList();
  }

  private static Source sourceOf(Evidence evidence) {
    return sourceOf(evidence.document().document().document());
  }

  private static Source sourceOf(KnowledgeDocument release) {
    return new Source(release.title(), release.date(), release.source(), release.file());
  }

  private static int emptyBodyLength(List<Source> sources, String language) {
    return new Answer(Answer.Kind.ANSWERED, "", List.of(), sources, 1, language).text().length();
  }

  /** English answers say that the evidence is quoted from a German release. */
  private static String frame(String evidence, String language) {
    return "en".equals(language) ? ENGLISH_FRAME + evidence : evidence;
  }

  /** Cuts an over-long single sentence at a word boundary, marking the cut. */
  private static String fit(String body, int budget) {
    if (body.length() <= budget) {
      return body;
    }
    if (budget < 3) {
      return "…";
    }
    int cut = body.lastIndexOf(' ', budget - 2);
    return body.substring(0, cut > 0 ? cut : budget - 2) + " …";
  }
}
