package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A journey word of a "who" question that only frames its destination ({@code lang/de/travel-words.txt}): in "Wer war
 * bei der Reise nach Musterstadt dabei?" the journey is being in Musterstadt, so a sentence naming who took part in
 * something there answers without "Reise". Immutable and thread-safe.
 */
final class TravelFrame {

  private static final String TOWARDS = "nach";

  private final Set<String> words;

  TravelFrame(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** Loads the words shipped in {@code lang/de/travel-words.txt}. */
  static TravelFrame load() {
    return new TravelFrame(LanguageTable.words("lang/de/travel-words.txt"));
  }

  /**
   * The coverage without the question's journey words that are followed by "nach" and a capitalised word, for a
   * question asking who ({@link AskedType#asksWho}); else the coverage unchanged.
   */
  QuestionCoverage withoutFraming(String question, AskedType type, QuestionCoverage coverage) {
    if (!type.asksWho()) {
      return coverage;
    }
    List<String> tokens = GermanAnalysis.surfaceTokens(question);
    QuestionCoverage framed = coverage;
    for (int w = 0; w + 2 < tokens.size(); w++) {
      if (words.contains(tokens.get(w).toLowerCase(Locale.GERMAN)) && TOWARDS.equals(tokens.get(w + 1))
          && Character.isUpperCase(tokens.get(w + 2).charAt(0))) {
        framed = framed.without(w);
      }
    }
    return framed;
  }
}
