package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.QueryTerm;
import java.util.List;

/**
 * The years a question names ("Welche Städte wurden 2023 besucht?"), to keep sentences about another year out of its
 * answer. Immutable.
 */
record AskedYears(List<String> years) {

  AskedYears {
    years = List.copyOf(years);
  }

  /** The years among a question's terms. */
  static AskedYears of(List<QueryTerm> terms) {
    return new AskedYears(terms.stream().filter(QueryTerm::year).map(QueryTerm::term).distinct().toList());
  }

  /**
   * Whether the evidence is about another year than the question asks for: the nearest of its sentence, heading and
   * title that names a year names none of the asked ones. Never for a question naming no year.
   */
  boolean otherYear(Evidence e) {
    return !years.isEmpty() && e.document().namesYear(e.sentence())
        && years.stream().noneMatch(year -> e.document().ownContains(e.sentence(), year));
  }
}
