package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the verbatim sentences of an answer: the best sentence, plus a neighbour only when it carries the answer
 * (the best sentence introduces it with a colon, or retrieval ranks the neighbour close to the best one), within a
 * character budget. Stateless.
 */
final class ExtractiveComposer {

  private final double neighbourShare;

  ExtractiveComposer(double neighbourShare) {
    this.neighbourShare = neighbourShare;
  }

  /** The sentence indices (in reading order, one document) around the anchor that answer, given all candidates. */
  List<Integer> choose(List<Evidence> ranked, Evidence best, int budget) {
    IndexedDocument document = best.document().document();
    Map<Integer, Double> scoreOf = new HashMap<>();
    for (Evidence e : ranked) {
      if (e.file().equals(best.file())) {
        scoreOf.putIfAbsent(e.sentence(), e.fused());
      }
    }
    List<Integer> chosen = new ArrayList<>(List.of(best.sentence()));
    int length = document.sentences().get(best.sentence()).length();
    int first = best.sentence();
    int last = best.sentence();
    boolean grew = true;
    while (grew) {
      grew = false;
      int next = last + 1;
      if (next < document.sentences().size() && carries(document, last, next, scoreOf, best.fused())
          && length + 1 + document.sentences().get(next).length() <= budget) {
        length += 1 + document.sentences().get(next).length();
        chosen.add(next);
        last = next;
        grew = true;
      }
      int previous = first - 1;
      if (!grew && previous >= 0 && closeToBest(previous, scoreOf, best.fused())
          && length + 1 + document.sentences().get(previous).length() <= budget) {
        length += 1 + document.sentences().get(previous).length();
        chosen.add(0, previous);
        first = previous;
        grew = true;
      }
    }
    return chosen;
  }

  private boolean carries(IndexedDocument document, int last, int next, Map<Integer, Double> scoreOf, double best) {
    return document.sentences().get(last).endsWith(":") || closeToBest(next, scoreOf, best);
  }

  private boolean closeToBest(int sentence, Map<Integer, Double> scoreOf, double best) {
    Double score = scoreOf.get(sentence);
    return score != null && best - score <= neighbourShare;
  }
}
