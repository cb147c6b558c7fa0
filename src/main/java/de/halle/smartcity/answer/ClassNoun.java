package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.QueryTerm;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The noun naming the class a "Welche …" question asks for an instance of ("Agentur" in "Welche Agentur …"), as the
 * question's analysed terms, and whether some evidence names it. Immutable.
 *
 * @param word its position among the question's words, or -1 for a question without one
 * @param terms its analysed terms (empty without one)
 */
record ClassNoun(int word, Set<String> terms) {

  ClassNoun {
    terms = Set.copyOf(terms);
  }

  /** The class noun at {@code word} among the question's analysed terms. */
  static ClassNoun of(int word, List<QueryTerm> terms) {
    return new ClassNoun(word, terms.stream().filter(term -> term.word() == word).map(QueryTerm::term)
        .collect(Collectors.toSet()));
  }

  /**
   * Whether the evidence covers at least half of the class noun; false for a question without one or one whose class
   * noun does not count in {@code coverage} (as for a date, given instead of the noun "Tag").
   */
  boolean namedBy(QuestionCoverage coverage, Predicate<String> evidence) {
    double whole = coverage.of(terms::contains);
    return whole > 0 && coverage.of(term -> terms.contains(term) && evidence.test(term)) >= whole / 2;
  }

  /** The question's weighted share the evidence covers with the class noun left out. */
  double coverageBeside(QuestionCoverage coverage, Predicate<String> evidence) {
    return (word < 0 ? coverage : coverage.without(word)).of(evidence);
  }
}
