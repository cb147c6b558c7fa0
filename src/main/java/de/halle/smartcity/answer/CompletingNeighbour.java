package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * For a question asking for a date ({@link AskedType#answeredByValue}): the sentence right beside a candidate, under
 * the same heading, that gives the date the candidate lacks and is about the same thing, so that both are quoted
 * ("Die Partnerschaft mit Aheim wurde am 6. März 2023 unterzeichnet." before "Die Vereinbarung über die Partnerschaft
 * unterzeichneten …" for "Wann wurde der Vertrag mit Aheim unterschrieben?"). The same thing: both sentences name a
 * noun that is neither one of the question's words nor one most releases use ({@link GeneralQuestion#COMMON_SHARE}),
 * so the date of something else beside it ("Der Ausschuss hatte der Partnerschaft mit Aheim im Mai 2020 zugestimmt.")
 * does not count. Immutable.
 *
 * @param questionWords the question's lower-case words
 * @param common whether an analysed term is one most releases use
 * @param capitalised a sentence's capitalised words ({@link #capitalisedWords}), remembered per sentence
 */
record CompletingNeighbour(Set<String> questionWords, Predicate<String> common,
    Function<String, List<CapitalisedWord>> capitalised) {

  /**
   * A capitalised word of a sentence, lower-cased, with its first analysed term, or null for a word the analysis
   * drops (a stop word).
   */
  record CapitalisedWord(String lower, String term) {}

  CompletingNeighbour {
    questionWords = Set.copyOf(questionWords);
  }

  /**
   * The test for a question with these words over the releases of {@code view}; {@code capitalised} gives a
   * sentence's {@link #capitalisedWords}, which do not depend on the question and so may be remembered.
   */
  static CompletingNeighbour of(Set<String> questionWords, IndexView view,
      Function<String, List<CapitalisedWord>> capitalised) {
    return new CompletingNeighbour(questionWords, GeneralQuestion.commonTerms(view), capitalised);
  }

  /** A sentence's capitalised words in order, each with its first term as {@code analysis} gives a word's terms. */
  static List<CapitalisedWord> capitalisedWords(String sentence, Function<String, List<String>> analysis) {
    return GermanAnalysis.surfaceTokens(sentence).stream()
        .filter(word -> Character.isUpperCase(word.codePointAt(0)))
        .map(word -> new CapitalisedWord(word.toLowerCase(Locale.GERMAN),
            analysis.apply(word).stream().findFirst().orElse(null)))
        .toList();
  }

  /**
   * The position of the sentence beside {@code candidate} that completes it, or none.
   *
   * @param holds whether a sentence's text holds the fact asked for
   */
  OptionalInt of(Evidence candidate, Predicate<String> holds) {
    IndexedDocument document = candidate.document().document();
    String heading = document.headingOf(candidate.sentence());
    Set<String> nouns = null;
    for (int beside : new int[] {candidate.sentence() - 1, candidate.sentence() + 1}) {
      if (beside >= 0 && beside < document.sentences().size() && document.headingOf(beside).equals(heading)) {
        String text = document.sentences().get(beside);
        if (holds.test(text)) {
          // Read the candidate's nouns only once a sentence beside it holds the fact: most never do.
          nouns = nouns == null ? nouns(candidate.text()) : nouns;
          if (sharesRareNoun(nouns, text)) {
            return OptionalInt.of(beside);
          }
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether a sentence names one of {@code nouns} that most releases do not use; how many releases use a noun is
   * looked up only for the nouns both name (a lookup in the index per noun is the costly part).
   */
  private boolean sharesRareNoun(Set<String> nouns, String sentence) {
    return nouns(sentence).stream().anyMatch(noun -> nouns.contains(noun) && !common.test(noun));
  }

  /**
   * The candidates not holding the fact ({@code held} false) that a sentence beside them completes, with its position.
   *
   * @param holds whether a sentence's text holds the fact asked for
   */
  Map<Evidence, Integer> besides(Map<Evidence, Boolean> held, Predicate<String> holds) {
    Map<Evidence, Integer> besides = new IdentityHashMap<>();
    held.forEach((e, holding) -> {
      if (!holding) {
        of(e, holds).ifPresent(beside -> besides.put(e, beside));
      }
    });
    return besides;
  }

  /** The candidates held, with those a sentence beside them completes ({@link #besides}) held too. */
  static Map<Evidence, Boolean> withCompleted(Map<Evidence, Boolean> held, Map<Evidence, Integer> besides) {
    if (besides.isEmpty()) {
      return held;
    }
    Map<Evidence, Boolean> completed = new IdentityHashMap<>(held);
    besides.keySet().forEach(e -> completed.put(e, true));
    return completed;
  }

  /** The analysed terms of a sentence's capitalised words that are not question words. */
  private Set<String> nouns(String sentence) {
    return capitalised.apply(sentence).stream()
        .filter(word -> word.term() != null && !questionWords.contains(word.lower()))
        .map(CapitalisedWord::term)
        .collect(Collectors.toSet());
  }
}
