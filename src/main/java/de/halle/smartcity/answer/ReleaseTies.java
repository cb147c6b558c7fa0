package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which of the releases competing equally for the answer comes first: a still valid release before an expired one,
 * then the newer release, so that when two releases disagree the newer one wins. Thread-safe.
 */
final class ReleaseTies {

  /** Log-odds within which releases count as competing equally for the answer. */
  static final double MARGIN = 0.25;

  private final ExpiryNote expiryNote;

  ReleaseTies(ExpiryNote expiryNote) {
    this.expiryNote = expiryNote;
  }

  /** Still valid releases before expired ones, then newer releases before older ones. */
  Comparator<Evidence> newerFirst() {
    return Comparator.comparing((Evidence e) -> expiryNote.expired(e.document().document().document()))
        .thenComparing(Comparator.comparing((Evidence e) -> e.document().document().document().date()).reversed());
  }

  /**
   * The candidates with those tied with the best first, {@link #newerFirst}: tied are a score within {@value #MARGIN}
   * log-odds of the best, a sentence covering the question at least as well and, when the best holds the kind of fact
   * asked for ({@code held}) or lists the instances asked for ({@code listing}), doing so too; so a newer sentence that
   * only names the thing does not displace an older one saying what the question asks.
   */
  List<Evidence> newestFirst(List<Evidence> ranked, Map<Evidence, Boolean> held, Predicate<String> listing) {
    Evidence best = ranked.get(0);
    boolean bestLists = listing.test(best.text());
    List<Evidence> ties = new ArrayList<>();
    List<Evidence> rest = new ArrayList<>();
    ranked.forEach(e -> (best.fused() - e.fused() <= MARGIN
        && e.features().sentenceCoverage() >= best.features().sentenceCoverage()
        && (held.get(e) || !held.get(best)) && (!bestLists || listing.test(e.text())) ? ties : rest).add(e));
    ties.sort(newerFirst());
    ties.addAll(rest);
    return ties;
  }
}
