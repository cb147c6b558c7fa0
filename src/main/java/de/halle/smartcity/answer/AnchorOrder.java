package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * A question's candidates in the order they are tried as the answer's anchor ({@link AnchorRanking#rank}), with what
 * each may be quoted for. Immutable.
 *
 * @param order the candidates, the first to try as the anchor first
 * @param held whether a candidate holds what the question asks for, as far as an answer must (a kind that is only
 *     preferred, {@link AskedType#mustHold}, does not count here)
 * @param quotable whether a candidate may be quoted beside an anchor (as a neighbour or from another release)
 * @param ownCoverage the share of the question a candidate's sentence, with its heading and title, covers
 * @param completedBy the sentence beside a candidate through which alone it holds what is asked, quoted with it:
 *     the next one referring back to it ({@link ReferringNext}) or one giving the date it lacks
 *     ({@link CompletingNeighbour})
 * @param headingNeeded whether a candidate holds what is asked only through its heading, which must then be quoted
 *     with it ({@link PlacedName#placedByHeadingOnly})
 * @param denies whether a candidate denies one of the question's nouns ({@link Denial}), which answers by itself
 */
record AnchorOrder(List<Evidence> order, Predicate<Evidence> held, Predicate<Evidence> quotable,
    ToDoubleFunction<Evidence> ownCoverage, Function<Evidence, OptionalInt> completedBy,
    Predicate<Evidence> headingNeeded, Predicate<Evidence> denies) {

  AnchorOrder {
    order = List.copyOf(order);
  }

  /**
   * The anchors to try, in order: the first {@code few}; for a follow-up, the first few of the release it continues
   * from, then the first few of the others, so a follow-up that release does not answer (another town's inhabitants
   * after a question answered from a list of towns) is still answered from another one.
   *
   * @param preferredFile the release a follow-up continues from, or null
   */
  List<Evidence> tried(int few, String preferredFile) {
    Predicate<Evidence> preferred = e -> e.file().equals(preferredFile);
    return preferredFile == null ? order.subList(0, Math.min(few, order.size()))
        : Stream.concat(order.stream().filter(preferred).limit(few),
            order.stream().filter(preferred.negate()).limit(few)).toList();
  }

  /**
   * The same candidates with those {@code excluded} from answering moved behind all others, keeping the order
   * within each: they never answer, so the anchors tried are the best of the rest.
   */
  AnchorOrder excludedLast(Predicate<Evidence> excluded) {
    if (order.stream().noneMatch(excluded)) {
      return this;
    }
    List<Evidence> reordered =
        Stream.concat(order.stream().filter(excluded.negate()), order.stream().filter(excluded)).toList();
    return new AnchorOrder(reordered, held, quotable, ownCoverage, completedBy, headingNeeded, denies);
  }
}
