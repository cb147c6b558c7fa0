package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.QueryTerm;
import java.util.Comparator;
import java.util.List;

/**
 * Tells a question too general to answer ("Halle", "Stadt Halle") from the releases themselves: every word it asks
 * about is used by most releases, so any sentence would fit it and none answers it. Such a question is asked back
 * with a few current release titles as examples. Thread-safe.
 */
final class GeneralQuestion {

  /**
   * A word at least this share of the releases uses tells none of them apart ("Halle", "Stadt" and "Saale" are in 19 to
   * 21 of the 21 Halle releases; "digital", in 12, is a topic).
   */
  static final double COMMON_SHARE = 0.75;
  /** With fewer releases, a word most of them use may still be what the question is about ("Stadtbibliothek"). */
  static final int MIN_RELEASES = 5;
  private static final int EXAMPLES = 3;

  private final ExpiryNote expiry;

  GeneralQuestion(ExpiryNote expiry) {
    this.expiry = expiry;
  }

  /**
   * Whether the question ({@code terms}: its analysed terms) has words to look for and each of them is common to the
   * releases. A number makes a question specific, and so does a word no release uses when it is written with a
   * capital (a noun or name, also as the first word: "Zoo Halle"); other unknown words (a verb phrased differently)
   * carry no topic.
   */
  boolean tooGeneral(String question, List<QueryTerm> terms, IndexView view) {
    if (view.files().size() < MIN_RELEASES) {
      return false;
    }
    List<String> written = GermanAnalysis.surfaceTokens(question);
    List<QueryTerm> words = terms.stream().filter(t -> t.origin() == QueryTerm.Origin.WORD)
        .filter(t -> t.numeric() || view.sentenceFrequency(t.term()) > 0 || capitalized(written, t.word())).toList();
    return !words.isEmpty()
        && words.stream().allMatch(t -> !t.numeric() && view.releaseShare(t.term()) >= COMMON_SHARE);
  }

  private static boolean capitalized(List<String> written, int word) {
    return word < written.size() && Character.isUpperCase(written.get(word).charAt(0));
  }

  /** The titles of the newest releases still valid (by date, then file name): topics the citizen could ask about. */
  List<String> examples(IndexView view) {
    return view.files().stream().map(file -> view.document(file).document().document())
        .filter(release -> !expiry.expired(release))
        .sorted(Comparator.comparing(KnowledgeDocument::date).reversed().thenComparing(KnowledgeDocument::file))
        .limit(EXAMPLES).map(KnowledgeDocument::title).toList();
  }
}
