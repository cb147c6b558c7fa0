package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QueryTerm;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * For a "Wie viele <Nomen> …?" question, tells a sentence none of whose numbers counts the asked noun: none is followed
 * by the noun (nor a synonym or a part of it) among its next {@value SentenceNumbers#FOLLOWING} words, and each is
 * measured in a unit or counter ("Ein Musterrad kostet 1 Euro pro 15 Minuten.", "7.800 Mal ausgeliehen" for "Wie viele
 * Musterräder gibt es?"; also written into a word: "10-Minuten-Takt"), names something after a noun ("Linie 7"), ends
 * a quoted name ("„Musterland Digital 2030“") or counts another noun: a number followed by a noun counts that noun,
 * which may be the asked one in other words only when the thesaurus relates them ("Einwohner" for "Menschen"), not
 * "Vier Musterprojekte" for "Wie viele Ämter …?"; one followed by no noun may count it ("Die Zahl der Räder liegt bei
 * 500"). How a sentence's numbers are read is {@link SentenceNumbers}. The question words are the {@code count}
 * question line of {@code lang/de/asked-types.tsv}; the noun is the first capitalised word within
 * {@value SentenceNumbers#FOLLOWING} words after them. A keyword message may name the noun before its count word
 * ("Musterräder Anzahl", {@code lang/de/keyword-facts.tsv}). Immutable and thread-safe.
 */
final class CountedNoun {

  private static final Pattern QUESTION = AskedType.COUNT.expression(AskedTypeExpressions.Role.QUESTION);

  private final SentenceNumbers sentenceNumbers;

  CountedNoun(SentenceNumbers sentenceNumbers) {
    this.sentenceNumbers = sentenceNumbers;
  }

  /** With the shipped units; a missing file stops the start. */
  static CountedNoun load() {
    return new CountedNoun(SentenceNumbers.load());
  }

  /** What the test needs of a sentence whatever the question: its numbers ({@link SentenceNumbers#read}). */
  SentenceNumbers.Numbers numbers(String sentence) {
    return sentenceNumbers.read(sentence);
  }

  /**
   * The test for one question's candidate sentences: true for a sentence with a number that may count the asked noun;
   * true for every sentence when the question is no count question naming a noun. {@code terms} are the question's
   * terms ({@link GermanAnalysis#queryTerms}), {@code countWord} is the position
   * of a keyword message's count word ("Anzahl"), or -1. {@code numbers} reads a sentence's
   * numbers ({@link #numbers}; the engine remembers them per sentence, {@link SentenceFacts#countedNumbers}), so a
   * candidate costs only lookups of the words after its numbers ({@link GermanAnalysis#wordIndexTerms}).
   */
  Predicate<String> of(String question, List<QueryTerm> terms, int countWord, Set<String> questionWords,
      GermanAnalysis analysis, Function<String, SentenceNumbers.Numbers> numbers) {
    Optional<AskedNoun> asked = askedNoun(question, terms, countWord);
    if (asked.isEmpty()) {
      return sentence -> true;
    }
    Set<String> noun = asked.get().terms().stream().map(QueryTerm::term).collect(Collectors.toSet());
    Set<String> related = relatedTerms(asked.get().terms(), analysis);
    // A unit asked for ("Wie viele Prozent …?") is a measure: whatever a number counts may be measured in it.
    Predicate<String> relatedToNoun = sentenceNumbers.isUnit(asked.get().word()) ? word -> true
        : word -> analysis.wordIndexTerms(word).stream().anyMatch(related::contains);
    return sentence -> mayCount(numbers.apply(sentence), questionWords,
        word -> analysis.wordIndexTerms(word).stream().anyMatch(noun::contains), relatedToNoun);
  }

  /**
   * The terms a noun counted in other words may have: the asked noun's terms, the thesaurus synonyms (in any sense) of
   * the noun itself and theirs in turn, not those of its compound parts: "Einwohner" counts "Menschen" (both related to
   * "Volk"), "Projekte" "Vorhaben", while "Projekte" do not count "Ämter".
   */
  private static Set<String> relatedTerms(List<QueryTerm> noun, GermanAnalysis analysis) {
    Set<String> related = new HashSet<>();
    for (QueryTerm term : noun) {
      related.add(term.term());
      if (term.origin() == QueryTerm.Origin.WORD) {
        for (String synonym : analysis.relatedInAnySense(term.term())) {
          related.add(synonym);
          related.addAll(analysis.relatedInAnySense(synonym));
        }
      }
    }
    return related;
  }

  /**
   * The noun a count question asks about, with its terms (with synonyms and parts); without count question words, the
   * noun a keyword message names before its count word ({@link #nounBefore}); empty for none.
   */
  private static Optional<AskedNoun> askedNoun(String question, List<QueryTerm> terms, int countWord) {
    Matcher asks = QUESTION.matcher(question.toLowerCase(Locale.GERMAN));
    if (!asks.find()) {
      return nounBefore(question, terms, countWord);
    }
    int first = GermanAnalysis.surfaceTokens(question.substring(0, asks.end())).size();
    List<String> words = GermanAnalysis.surfaceTokens(question);
    for (int w = first; w < Math.min(words.size(), first + SentenceNumbers.FOLLOWING); w++) {
      if (Character.isUpperCase(words.get(w).codePointAt(0))) {
        int noun = w;
        return Optional.of(new AskedNoun(words.get(w).toLowerCase(Locale.GERMAN),
            terms.stream().filter(t -> t.word() == noun).toList()));
      }
    }
    return Optional.empty();
  }

  /**
   * In a keyword message naming the noun before its count word ({@code countWord}, see
   * {@link KeywordFacts.Asked#classWord}): the words before it that have question terms and are no number, taken
   * together, as the message may name the noun with its topic in either order ("Musterräder Musterstadt Anzahl",
   * "Musterstadt Musterräder Anzahl"); empty for none.
   */
  private static Optional<AskedNoun> nounBefore(String question, List<QueryTerm> terms, int countWord) {
    List<String> words = GermanAnalysis.surfaceTokens(question);
    int end = Math.min(countWord, words.size());
    List<QueryTerm> before = terms.stream()
        .filter(t -> t.word() >= 0 && t.word() < end && Character.isLetter(words.get(t.word()).codePointAt(0)))
        .toList();
    return before.isEmpty() ? Optional.empty()
        : Optional.of(new AskedNoun(words.get(before.get(0).word()).toLowerCase(Locale.GERMAN), before));
  }

  /**
   * Whether a number of the sentence may count the noun: one the noun follows; else one that counts whatever follows
   * ({@link SentenceNumbers.NumberWord#countsOtherwise}) or a noun related to the asked one
   * ({@link SentenceNumbers.NumberWord#counted}).
   */
  private static boolean mayCount(SentenceNumbers.Numbers numbers, Set<String> questionWords,
      Predicate<String> namesNoun, Predicate<String> relatedToNoun) {
    for (SentenceNumbers.NumberWord number : numbers.numbers()) {
      if (questionWords.contains(number.word()) || number.measuredInWord()) {
        continue;
      }
      if (number.following().stream().anyMatch(namesNoun) || number.countsOtherwise()
          || number.counted().filter(relatedToNoun).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun a count question asks about.
   *
   * @param word the noun as written, lower-case
   * @param terms its question terms
   */
  private record AskedNoun(String word, List<QueryTerm> terms) {

    AskedNoun {
      terms = List.copyOf(terms);
    }
  }
}
