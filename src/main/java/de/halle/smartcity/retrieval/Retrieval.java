package de.halle.smartcity.retrieval;

import java.util.List;

/**
 * What retrieval found for a question.
 *
 * @param terms the analysed question terms
 * @param candidates candidate sentences, best first
 */
public record Retrieval(List<QueryTerm> terms, List<Evidence> candidates) {

  public Retrieval {
    terms = List.copyOf(terms);
    candidates = List.copyOf(candidates);
  }
}
