package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the verbatim sentences of an answer from one release: the anchor sentence, plus at most two more of the
 * release's sentences that the ranking model scores within a margin of it (it rates them about as likely to hold the
 * answer), most likely first; a chosen sentence that ends with a colon brings the sentence it introduces. The answer
 * lists them in reading order and never fills the character budget for its own sake. Stateless.
 */
final class ExtractiveComposer {

  /** The most sentences an answer quotes. */
  static final int MAX_SENTENCES = 3;

  private final double neighbourMargin;

  ExtractiveComposer(double neighbourMargin) {
    this.neighbourMargin = neighbourMargin;
  }

  /** The sentence indices of the anchor's release, in reading order, that make the answer. */
  List<Integer> choose(List<Evidence> ranked, Evidence anchor, int budget) {
    IndexedDocument document = anchor.document().document();
    List<Integer> chosen = new ArrayList<>();
    int used = take(document, anchor.sentence(), chosen, -1, budget);
    used = introduced(document, anchor.sentence(), chosen, used, budget);
    for (Evidence e : ranked) {
      if (chosen.size() >= MAX_SENTENCES) {
        break;
      }
      if (e.file().equals(anchor.file()) && !chosen.contains(e.sentence())
          && anchor.fused() - e.fused() <= neighbourMargin) {
        int next = take(document, e.sentence(), chosen, used, budget);
        used = next == used ? used : introduced(document, e.sentence(), chosen, next, budget);
      }
    }
    chosen.sort(Integer::compare);
    return chosen;
  }

  /** A chosen sentence that ends with a colon brings the sentence it introduces. */
  private static int introduced(IndexedDocument document, int sentence, List<Integer> chosen, int used, int budget) {
    if (chosen.contains(sentence) && document.sentences().get(sentence).endsWith(":")) {
      return take(document, sentence + 1, chosen, used, budget);
    }
    return used;
  }

  /** Adds the sentence when it exists, is new and fits; returns the characters used (joined by spaces). */
  private static int take(IndexedDocument document, int sentence, List<Integer> chosen, int used, int budget) {
    if (sentence >= document.sentences().size() || chosen.contains(sentence)) {
      return used;
    }
    int length = 1 + document.sentences().get(sentence).length();
    if (used + length > budget && !chosen.isEmpty()) {
      return used;
    }
    chosen.add(sentence);
    return used + length;
  }
}
