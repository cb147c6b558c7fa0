package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The forms of one question word that count as covering it: the word and its synonyms fully, a thesaurus synonym in
 * part, its compound parts (each with its synonyms) by their share. Split and hashed once per question, tested per
 * evidence. Immutable.
 */
final class QuestionWord {

  /**
   * How much a thesaurus synonym covers of its question word: a general synonym may mean another sense of the word
   * (measured on integreat-qa train/dev: 0.5 lifts both, counting it fully or not at all does not).
   */
  private static final double RELATED_SHARE = 0.5;

  private final String[] wholes;
  private final String[] related;
  private final String[][] parts;
  /** The {@link TermSet#hash} of each term above, computed once per question. */
  private final long[] wholeHashes;
  private final long[] relatedHashes;
  private final long[][] partHashes;
  /** A word present only through the synonyms file names the kind of answer asked for ("wo => adresse, raum, …"). */
  private final boolean answerKind;
  /** Whether every form counts only as a word of its own in the evidence, see {@link #wholeOnly()}. */
  private final boolean wholeOnly;

  /**
   * Whether some evidence holds a term, given as text and as its {@link TermSet#hash}: a primitive test, so that
   * evidence tested by hash does not box the hash of every term it is asked about.
   */
  @FunctionalInterface
  interface TermTest {
    boolean holds(String term, long hash);
  }

  private QuestionWord(String[] wholes, String[] related, String[][] parts, long[] wholeHashes, long[] relatedHashes,
      long[][] partHashes, boolean answerKind, boolean wholeOnly) {
    this.wholes = wholes;
    this.related = related;
    this.parts = parts;
    this.wholeHashes = wholeHashes;
    this.relatedHashes = relatedHashes;
    this.partHashes = partHashes;
    this.answerKind = answerKind;
    this.wholeOnly = wholeOnly;
  }

  /** The forms of the word whose query terms are {@code terms} (all with the same word position). */
  static QuestionWord of(List<QueryTerm> terms) {
    String[] wholes = terms(terms, t -> !isPart(t) && !isRelated(t));
    String[] related = terms(terms, QuestionWord::isRelated);
    String[][] parts = slots(terms).stream().map(slot -> slot.toArray(String[]::new)).toArray(String[][]::new);
    return new QuestionWord(wholes, related, parts, hashes(wholes), hashes(related),
        Arrays.stream(parts).map(QuestionWord::hashes).toArray(long[][]::new), isAnswerKind(terms), false);
  }

  /**
   * The same word, each of its forms counting only where the evidence holds it as a word of its own (whole, or the last
   * part of a word), never as a part modifying another: for a word naming the value an answer gives ("groß" in "Wie
   * groß ist …?", which "Großraum" does not tell).
   */
  QuestionWord wholeOnly() {
    return wholeOnly ? this
        : new QuestionWord(wholes, related, parts, wholeHashes, relatedHashes, partHashes, answerKind, true);
  }

  /**
   * The same word also covered fully by the given terms (index terms of another word the question implies it by); itself
   * for none.
   */
  QuestionWord alsoWhole(List<String> terms) {
    if (terms.isEmpty()) {
      return this;
    }
    String[] more = Stream.concat(Arrays.stream(wholes), terms.stream()).distinct()
        .toArray(String[]::new);
    return new QuestionWord(more, related, parts, hashes(more), relatedHashes, partHashes, answerKind, wholeOnly);
  }

  /** True for a word present only through the synonyms file: a question word such as "wo" or "wann". */
  static boolean isAnswerKind(List<QueryTerm> word) {
    return word.stream().allMatch(t -> t.origin() == QueryTerm.Origin.SYNONYM);
  }

  /**
   * How much of the word the evidence holds: 1 for the word or a synonym, else the larger of
   * {@link #RELATED_SHARE} for a thesaurus synonym and the share of its compound parts (a part or one of its
   * synonyms), halved when the last part is missing — a compound names a kind of its last part ("Gesundheitszeugnis"
   * is no "Gesundheitsamt"). The synonyms of a question word count only as words of their own in the evidence
   * ({@code containsWhole}: whole, or as the last part of a word, "Bahnhofstraße" is a street): "Wo …" asks for a
   * place, and the "straße" of "Straßenbahn" or the generic last part "raum" of "Medienraum" ({@link GenericHeads})
   * names none; so do all forms of a word made {@link #wholeOnly()}.
   */
  double coveredBy(TermTest evidenceContains, TermTest containsWhole) {
    TermTest contains = wholeOnly ? containsWhole : evidenceContains;
    if (answerKind) {
      return anyPresent(wholes, wholeHashes, containsWhole) ? 1 : 0;
    }
    if (anyPresent(wholes, wholeHashes, contains)) {
      return 1;
    }
    double synonym = anyPresent(related, relatedHashes, contains) ? RELATED_SHARE : 0;
    if (parts.length == 0) {
      return synonym;
    }
    int found = 0;
    boolean last = false;
    for (int p = 0; p < parts.length; p++) {
      last = anyPresent(parts[p], partHashes[p], contains);
      found += last ? 1 : 0;
    }
    double share = found / (double) parts.length;
    return Math.max(synonym, last ? share : share / 2);
  }

  static boolean isRelated(QueryTerm term) {
    return term.origin() == QueryTerm.Origin.RELATED;
  }

  static boolean isPart(QueryTerm term) {
    return term.origin() == QueryTerm.Origin.PART || term.origin() == QueryTerm.Origin.PART_SYNONYM;
  }

  /** A word's compound parts, each with the part synonyms that follow it. */
  static List<List<String>> slots(List<QueryTerm> word) {
    List<List<String>> slots = new ArrayList<>();
    for (QueryTerm term : word) {
      if (term.origin() == QueryTerm.Origin.PART) {
        slots.add(new ArrayList<>(List.of(term.term())));
      } else if (term.origin() == QueryTerm.Origin.PART_SYNONYM && !slots.isEmpty()) {
        slots.get(slots.size() - 1).add(term.term());
      }
    }
    return slots;
  }

  private static String[] terms(List<QueryTerm> word, Predicate<QueryTerm> kind) {
    return word.stream().filter(kind).map(QueryTerm::term).toArray(String[]::new);
  }

  private static long[] hashes(String[] terms) {
    return Arrays.stream(terms).mapToLong(TermSet::hash).toArray();
  }

  /** Whether the evidence holds one of the alternatives. */
  private static boolean anyPresent(String[] alternatives, long[] hashes, TermTest present) {
    for (int t = 0; t < alternatives.length; t++) {
      if (present.holds(alternatives[t], hashes[t])) {
        return true;
      }
    }
    return false;
  }
}
