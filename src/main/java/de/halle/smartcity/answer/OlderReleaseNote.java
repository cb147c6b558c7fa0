package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.retrieval.Evidence;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Notices when an older release says otherwise than the answer's (newer) release and adds a short note to the answer:
 * an older release's best sentence competes with the answer's sentence (a ranking score within the margin, covering
 * the question about as well) and states other values (numbers, dates, number words, months). Immutable.
 */
final class OlderReleaseNote {

  /** How much less of the question an older sentence may cover and still count as answering the same thing. */
  static final double COVERAGE_SLACK = 0.1;

  private final double margin;
  private final Set<String> factWords;

  /**
   * @param margin how far (log-odds) below the answer's sentence an older sentence may score and still compete
   * @param factWords folded lower-case words that state a value (number words, months)
   */
  OlderReleaseNote(double margin, Set<String> factWords) {
    this.margin = margin;
    this.factWords = Set.copyOf(factWords);
  }

  /** A note over the fact words shipped in {@code lang/de/fact-words.txt}. */
  static OlderReleaseNote load(double margin) {
    return new OlderReleaseNote(margin, LanguageTable.words("lang/de/fact-words.txt"));
  }

  /** One ranked sentence as this note sees it. */
  record Candidate(String file, String title, LocalDate date, String sentence, double score, double coverage) {
    Candidate {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(sentence, "sentence");
    }

    static Candidate of(Evidence evidence) {
      KnowledgeDocument document = evidence.document().document().document();
      return new Candidate(evidence.file(), document.title(), document.date(), evidence.text(), evidence.fused(),
          evidence.features().sentenceCoverage());
    }
  }

  /**
   * The body with the note appended on its own line when an older release disagrees and the note fits within
   * {@code budget} characters; otherwise the body unchanged.
   */
  String appendTo(String body, Evidence anchor, List<Evidence> ranked, String language, int budget) {
    Optional<Candidate> older = olderDisagreeing(Candidate.of(anchor), ranked.stream().map(Candidate::of).toList());
    if (older.isEmpty()) {
      return body;
    }
    return withNote(body, note(older.get(), language), budget);
  }

  /** The body and the note on its own line, or the body alone when both would exceed {@code budget} characters. */
  static String withNote(String body, String note, int budget) {
    return body.length() + 1 + note.length() <= budget ? body + "\n" + note : body;
  }

  /** The first other release, judged by its best-ranked sentence, that is older, competes and states other values. */
  Optional<Candidate> olderDisagreeing(Candidate answer, List<Candidate> ranked) {
    Set<String> answerFacts = facts(answer.sentence());
    Set<String> seen = new HashSet<>();
    for (Candidate other : ranked) {
      if (other.file().equals(answer.file()) || !seen.add(other.file())) {
        continue;
      }
      if (other.date().isBefore(answer.date()) && answer.score() - other.score() <= margin
          && other.coverage() >= answer.coverage() - COVERAGE_SLACK && disagree(answerFacts, facts(other.sentence()))) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  /** Both sentences state values, and the older one states some the newer one does not. */
  private static boolean disagree(Set<String> newer, Set<String> older) {
    return !newer.isEmpty() && !older.isEmpty() && !newer.containsAll(older);
  }

  /** The values a sentence states: numbers (thousands separators dropped) and fact words, folded. */
  Set<String> facts(String sentence) {
    Set<String> facts = new LinkedHashSet<>();
    String folded = sentence.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        .replace("ß", "ss").replaceAll("(?<=\\d)\\.(?=\\d{3}\\b)", "");
    for (String token : folded.split("[^\\p{L}\\p{N},]+|,(?!\\d)")) {
      if (!token.isEmpty() && (Character.isDigit(token.charAt(0)) || factWords.contains(token))) {
        facts.add(token);
      }
    }
    return facts;
  }

  static String note(Candidate older, String language) {
    return "en".equals(language)
        ? "Note: an older release (" + older.title() + ", as of " + older.date() + ") gives different details."
        : "Hinweis: Eine ältere Mitteilung (" + older.title() + ", Stand " + Answer.GERMAN_DATE.format(older.date())
            + ") nennt dazu andere Angaben.";
  }
}
