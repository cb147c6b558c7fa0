package de.halle.smartcity.retrieval;

import java.util.Objects;

/**
 * One analysed term of a question, grouped by the question word it came from.
 *
 * @param term the analysed (folded, stemmed) term as it is indexed
 * @param word index of the question word this term belongs to, 0-based
 * @param origin whether the term is the word itself, a synonym of it, a part of the compound or a synonym of a part
 * @param capitalized whether the question word was capitalised inside the question (a German noun or a name)
 */
public record QueryTerm(String term, int word, Origin origin, boolean capitalized) {

  /** How a term relates to the question word it belongs to. */
  public enum Origin {
    /** The question word itself. */
    WORD,
    /** A synonym from the synonyms file. */
    SYNONYM,
    /** A part of a compound word. */
    PART,
    /**
     * A synonym of a compound part ("vereinbarung" for the "vertrag" of "Partnerschaftsvertrag"); it follows the
     * {@link #PART} it stands for in a question's term list.
     */
    PART_SYNONYM,
    /** A synonym from the general thesaurus, weaker evidence than one from the synonyms file. */
    RELATED
  }

  public QueryTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(origin, "origin");
    if (term.isEmpty() || word < 0) {
      throw new IllegalArgumentException("need a non-empty term and word >= 0 but got '" + term + "', " + word);
    }
  }

  /** True for numbers such as years, which must match exactly. */
  public boolean numeric() {
    return term.chars().allMatch(Character::isDigit);
  }

  /** True for a year ("2023"), which tells which time a question is about. */
  public boolean year() {
    return YearTerm.is(term);
  }
}
