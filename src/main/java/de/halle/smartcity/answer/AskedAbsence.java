package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QueryTerm;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * For a question whether one can do without something ("Kann man ohne Anmeldung ins Musteramt?"): tells a sentence
 * that names that thing without denying it ("Das Musteramt bietet eine Online-Anmeldung an."), which speaks of having
 * it and does not answer whether one can do without it. The thing is the first capitalised word within {@value #NEAR}
 * words after an absence word ({@code lang/de/absence-words.txt}: "ohne"), with its synonyms; a sentence denies it
 * with a negation word ({@code lang/de/negation-words.txt}) or an absence word at most {@value #NEAR} words before it
 * ("ohne vorherige Anmeldung", "keine Anmeldung nötig"). A sentence not naming the thing is not told. Immutable and
 * thread-safe.
 */
final class AskedAbsence {

  /** The absence words. */
  static final String WORDS = "lang/de/absence-words.txt";

  /** How many words may stand between an absence or negation word and the noun it is about. */
  static final int NEAR = 3;

  private final Set<String> absenceWords;
  private final Set<String> denyingWords;

  AskedAbsence(Set<String> absenceWords, Set<String> negationWords) {
    this.absenceWords = Set.copyOf(absenceWords);
    Set<String> denying = new HashSet<>(negationWords);
    denying.addAll(absenceWords);
    this.denyingWords = Set.copyOf(denying);
  }

  /** The shipped words; a missing file stops the start. */
  static AskedAbsence load() {
    return new AskedAbsence(LanguageTable.words(WORDS),
        LanguageTable.words("lang/de/negation-words.txt"));
  }

  /**
   * The test for one question's candidate sentences: false for a sentence naming the thing the question asks to do
   * without, none of whose mentions is denied; true for every sentence when the question asks to do without nothing.
   */
  Predicate<String> of(String question, List<QueryTerm> terms, GermanAnalysis analysis) {
    Set<String> thing = thingTerms(question, terms);
    if (thing.isEmpty()) {
      return sentence -> true;
    }
    return sentence -> !namesUndenied(sentence, thing, analysis);
  }

  /** The terms of the noun the question asks to do without (the word, its parts and synonyms); empty for none. */
  private Set<String> thingTerms(String question, List<QueryTerm> terms) {
    List<String> words = GermanAnalysis.surfaceTokens(question);
    for (int w = 0; w < words.size(); w++) {
      if (!absenceWords.contains(words.get(w).toLowerCase(Locale.GERMAN))) {
        continue;
      }
      for (int n = w + 1; n < Math.min(words.size(), w + 1 + NEAR); n++) {
        if (Character.isUpperCase(words.get(n).codePointAt(0))) {
          int noun = n;
          return terms.stream().filter(t -> t.word() == noun).map(QueryTerm::term)
              .collect(Collectors.toSet());
        }
      }
    }
    return Set.of();
  }

  /** Whether the sentence names the thing at least once, and never with a denying word shortly before it. */
  private boolean namesUndenied(String sentence, Set<String> thing, GermanAnalysis analysis) {
    List<String> words = GermanAnalysis.surfaceTokens(sentence);
    boolean named = false;
    for (int w = 0; w < words.size(); w++) {
      if (analysis.wordIndexTerms(words.get(w)).stream().anyMatch(thing::contains)) {
        if (denied(words, w)) {
          return false;
        }
        named = true;
      }
    }
    return named;
  }

  private boolean denied(List<String> words, int noun) {
    for (int w = Math.max(0, noun - NEAR); w < noun; w++) {
      if (denyingWords.contains(words.get(w).toLowerCase(Locale.GERMAN))) {
        return true;
      }
    }
    return false;
  }
}
