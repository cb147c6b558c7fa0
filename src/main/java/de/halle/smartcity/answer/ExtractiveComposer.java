package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the verbatim sentences of an answer from one release: the anchor sentence, then the release's other
 * sentences that the ranking model scores within a margin of it, most relevant first, while they fit the character
 * budget; a chosen sentence that ends with a colon brings the sentence it introduces. The answer lists them in
 * reading order. Stateless.
 */
final class ExtractiveComposer {

  private final double neighbourMargin;

  ExtractiveComposer(double neighbourMargin) {
    this.neighbourMargin = neighbourMargin;
  }

  /** The sentence indices of the anchor's release, in reading order, that make the answer. */
  List<Integer> choose(List<Evidence> ranked, Evidence anchor, int budget) {
    IndexedDocument document = anchor.document().document();
    Map<Integer, Double> scoreOf = new HashMap<>();
    for (Evidence e : ranked) {
      if (e.file().equals(anchor.file())) {
        scoreOf.putIfAbsent(e.sentence(), e.fused());
      }
    }
    List<Integer> order = new ArrayList<>(scoreOf.keySet());
    order.removeIf(s -> s != anchor.sentence() && anchor.fused() - scoreOf.get(s) > neighbourMargin);
    order.sort((a, b) -> a == anchor.sentence() ? -1 : b == anchor.sentence() ? 1
        : Double.compare(scoreOf.get(b), scoreOf.get(a)));
    List<Integer> chosen = new ArrayList<>();
    int used = -1;
    for (int sentence : order) {
      used = take(document, sentence, chosen, used, budget);
      if (used >= 0 && document.sentences().get(sentence).endsWith(":") && chosen.contains(sentence)) {
        used = take(document, sentence + 1, chosen, used, budget);
      }
    }
    chosen.sort(Integer::compare);
    return chosen;
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
