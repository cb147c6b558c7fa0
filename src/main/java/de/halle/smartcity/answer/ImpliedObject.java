package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.AlternativeWords;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question noun that only names what the question's verb is done to ({@code lang/de/implied-objects.tsv}): in "Wann
 * wurde der Vertrag mit Aheim unterschrieben?" whatever was signed is the document, so a sentence naming the signing
 * ("Die Partnerschaft mit Aheim unterzeichneten …") covers the noun too.
 * Immutable and thread-safe.
 */
final class ImpliedObject {

  /** The shipped vocabulary. */
  static final String SHIPPED = "lang/de/implied-objects.tsv";

  private final List<Family> families;

  /** @param families the verbs and the nouns their act implies, one family per act */
  ImpliedObject(List<Family> families) {
    this.families = List.copyOf(families);
  }

  /** Loads the shipped vocabulary; a malformed line stops the start, naming the file and line. */
  static ImpliedObject load() {
    List<Family> families = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(SHIPPED, 2)) {
      families.add(new Family(Set.of(row.column(0).split("\\|")), Set.of(row.column(1).split("\\|"))));
    }
    return new ImpliedObject(families);
  }

  /**
   * The coverage with each question noun that names only what one of the question's verbs is done to also covered by
   * that verb's forms (their index terms): a sentence naming the act names what it was done to. The coverage unchanged
   * for a question without such a noun.
   */
  QuestionCoverage coveredByVerb(String question, GermanAnalysis analysis, QuestionCoverage coverage) {
    List<String> tokens = GermanAnalysis.surfaceTokens(question);
    int[] group = AlternativeWords.firstOfGroup(question);
    QuestionCoverage implied = coverage;
    for (Family family : families) {
      if (tokens.stream().noneMatch(token -> family.verbs().contains(token.toLowerCase(Locale.GERMAN)))) {
        continue;
      }
      List<String> verbTerms = family.verbs().stream().flatMap(verb -> analysis.wordIndexTerms(verb).stream())
          .distinct().toList();
      for (int w = 0; w < tokens.size(); w++) {
        if (family.objects().contains(tokens.get(w).toLowerCase(Locale.GERMAN))) {
          implied = implied.alsoCoveredBy(group[w], verbTerms);
        }
      }
    }
    return implied;
  }

  /**
   * One act and the objects it implies.
   *
   * @param verbs lower-case forms of the verb (and nouns naming the act)
   * @param objects lower-case nouns naming what the act is done to
   */
  record Family(Set<String> verbs, Set<String> objects) {}
}
