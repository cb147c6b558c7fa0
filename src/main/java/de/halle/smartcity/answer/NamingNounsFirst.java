package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.CoveredWords;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the best candidate's sentence itself misses most of the question's nouns (it covers them only through its
 * heading or title) and another sentence names them and competes for the answer — holding the kind of fact asked for
 * as the best does and covering, with its heading and title, at least as much of the question — that one comes
 * first: from the same release within the margin at which a neighbour is quoted beside it ("Was kostet ein
 * Leihrad?" under a title naming the bikes is answered by the sentence naming the bikes' fare, not by one naming
 * only a fare); from another release within the margin at which another release is quoted, when the best names some
 * of the nouns but needs its heading or title for the rest, and the other names all of them and covers the whole
 * question by itself ("Wer leitet den Fachbereich X?" is not answered by who leads another department, in a release
 * whose title names X). Thread-safe.
 */
final class NamingNounsFirst {

  private final double neighbourMargin;
  private final double otherReleaseMargin;

  /**
   * @param neighbourMargin log-odds below the best within which a sentence of the same release competes
   * @param otherReleaseMargin log-odds below the best within which a sentence of another release competes
   */
  NamingNounsFirst(double neighbourMargin, double otherReleaseMargin) {
    this.neighbourMargin = neighbourMargin;
    this.otherReleaseMargin = otherReleaseMargin;
  }

  /**
   * The candidates with the first one naming the nouns in place of the best, or unchanged.
   *
   * @param own the share of the question each candidate's sentence, with its heading and title, covers
   * @param held whether each candidate holds the kind of fact asked for
   */
  List<Evidence> reorder(List<Evidence> ranked, QuestionCoverage coverage, int classWord, Map<Evidence, Double> own,
      Map<Evidence, Boolean> held) {
    Evidence best = ranked.get(0);
    Predicate<Evidence> namesNouns = e -> QuestionFit.namesMostNouns(coverage,
        term -> e.document().sentenceTerms().get(e.sentence()).contains(term), classWord);
    if (namesNouns.test(best)) {
      return ranked;
    }
    Function<Evidence, CoveredWords.NounMisses> misses = e -> coverage.words().missedNouns(
        term -> e.document().sentenceTerms().get(e.sentence()).contains(term), classWord);
    CoveredWords.NounMisses bestMisses = misses.apply(best);
    boolean namesSomeNouns = bestMisses.missed() < bestMisses.nouns();
    Predicate<Evidence> competes = e -> held.get(e).equals(held.get(best)) && own.get(e) >= own.get(best);
    return ranked.stream().filter(e -> competes.test(e) && (e.file().equals(best.file())
        ? best.fused() - e.fused() <= neighbourMargin && namesNouns.test(e)
        : namesSomeNouns && best.fused() - e.fused() <= otherReleaseMargin
            && own.get(best) > best.features().sentenceCoverage()
            && e.features().sentenceCoverage() >= ExtractiveComposer.FULL_COVERAGE
            && misses.apply(e).missed() == 0)).findFirst()
        .map(naming -> {
          List<Evidence> reordered = new ArrayList<>(ranked);
          reordered.remove(naming);
          reordered.add(0, naming);
          return reordered;
        }).orElse(ranked);
  }
}
