package de.halle.smartcity.retrieval;

/**
 * Recognises an analysed term that is a year (four digits from 1900 to 2099), the kind of number that tells which
 * time a sentence is about. Stateless.
 */
final class YearTerm {

  private YearTerm() {}

  /** True when the term is a year such as "2023". */
  static boolean is(String term) {
    return term.length() == 4 && (term.startsWith("19") || term.startsWith("20"))
        && Character.isDigit(term.charAt(2)) && Character.isDigit(term.charAt(3));
  }
}
