package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.EmbeddedDocument;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexedDocument;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses the verbatim sentences of an answer from one release: the anchor sentence alone, unless another sentence of
 * the release carries the answer too — a sentence the ranking model scores within a margin of the anchor that covers
 * question words the chosen ones miss, or the sentence a chosen one ending with a colon introduces. The answer lists
 * them in reading order and never fills the budget for its own sake. Stateless.
 */
final class ExtractiveComposer {

  /** A sentence joins only when it adds at least this share of the question's weighted words. */
  static final double MIN_GAIN = 0.1;

  private final double neighbourMargin;

  ExtractiveComposer(double neighbourMargin) {
    this.neighbourMargin = neighbourMargin;
  }

  /** The sentence indices of the anchor's release, in reading order, that make the answer. */
  List<Integer> choose(List<Evidence> ranked, Evidence anchor, QuestionCoverage coverage, int budget) {
    EmbeddedDocument document = anchor.document();
    List<Integer> chosen = new ArrayList<>();
    int used = take(document.document(), anchor.sentence(), chosen, -1, budget);
    used = introduced(document.document(), anchor.sentence(), chosen, used, budget);
    for (Evidence e : ranked) {
      if (!e.file().equals(anchor.file()) || chosen.contains(e.sentence())
          || anchor.fused() - e.fused() > neighbourMargin) {
        continue;
      }
      double before = coverage.of(covers(document, chosen));
      List<Integer> with = new ArrayList<>(chosen);
      with.add(e.sentence());
      if (coverage.of(covers(document, with)) - before >= MIN_GAIN) {
        int next = take(document.document(), e.sentence(), chosen, used, budget);
        used = next == used ? used : introduced(document.document(), e.sentence(), chosen, next, budget);
      }
    }
    chosen.sort(Integer::compare);
    return chosen;
  }

  /** What a reader of the sentences sees: the sentences, their headings and the title. */
  static Predicate<String> covers(EmbeddedDocument document, List<Integer> sentences) {
    return term -> sentences.stream().anyMatch(s -> document.ownContains(s, term));
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
