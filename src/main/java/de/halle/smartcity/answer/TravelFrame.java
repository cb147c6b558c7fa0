package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.AlternativeWords;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A journey word of a "who" question that only frames its destination ({@code lang/de/travel-words.tsv}): in "Wer war
 * bei der Reise nach Musterstadt dabei?" the journey is being in Musterstadt, so a sentence naming who took part in
 * something there answers without "Reise". Immutable and thread-safe.
 */
final class TravelFrame {

  /** The shipped vocabulary. */
  static final String SHIPPED = "lang/de/travel-words.tsv";

  private final Set<String> journeys;
  private final Set<String> towards;

  /**
   * @param journeys lower-case words for a journey ("reise")
   * @param towards lower-case prepositions naming a journey's destination ("nach")
   */
  TravelFrame(Set<String> journeys, Set<String> towards) {
    this.journeys = Set.copyOf(journeys);
    this.towards = Set.copyOf(towards);
  }

  /** Loads the shipped words; a malformed line stops the start, naming the file and line. */
  static TravelFrame load() {
    Set<String> journeys = new HashSet<>();
    Set<String> towards = new HashSet<>();
    for (LanguageTable.Row row : LanguageTable.read(SHIPPED, 2)) {
      switch (row.column(0)) {
        case "journey" -> journeys.add(row.column(1));
        case "towards" -> towards.add(row.column(1));
        default -> throw row.problem("'" + row.column(0) + "' is not a kind; expected journey or towards");
      }
    }
    return new TravelFrame(journeys, towards);
  }

  /**
   * The coverage without the question's journey words that are followed by a preposition naming the destination and
   * a capitalised word, for a question asking who ({@link AskedType#asksWho}); else the coverage unchanged. A question
   * word of alternatives ("Dienstreise|Reise nach …") is a journey word when one of them is.
   */
  QuestionCoverage withoutFraming(String question, AskedType type, QuestionCoverage coverage) {
    if (!type.asksWho()) {
      return coverage;
    }
    List<String> tokens = GermanAnalysis.surfaceTokens(question);
    int[] group = AlternativeWords.firstOfGroup(question);
    QuestionCoverage framed = coverage;
    for (int w = 0; w + 2 < tokens.size(); w++) {
      int first = group[w];
      if (IntStream.rangeClosed(first, w).anyMatch(a -> journeys.contains(tokens.get(a).toLowerCase(Locale.GERMAN)))
          && group[w + 1] == w + 1 && towards.contains(tokens.get(w + 1))
          && Character.isUpperCase(tokens.get(w + 2).charAt(0))) {
        framed = framed.without(first);
      }
    }
    return framed;
  }
}
