package de.halle.smartcity.answer;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sentence after a candidate that speaks of the candidate's subject again in other words: the next sentence of its
 * release, under the same heading, opening as the {@code refers-back} line of {@code lang/de/asked-types.tsv} says
 * ("Das Musterfest beginnt … Die Veranstaltung wird vom Musterverein organisiert."). For a question naming the thing
 * in one word whose organiser a release names in the next sentence under another ({@link AskedType#ORGANISER}).
 * Immutable and thread-safe.
 */
final class ReferringNext {

  private final Pattern opening;

  ReferringNext(Pattern opening) {
    this.opening = opening;
  }

  /** With the shipped {@code refers-back} expression. */
  static ReferringNext load() {
    return new ReferringNext(AskedTypeExpressions.shipped().general(Role.REFERS_BACK));
  }

  /** The next sentence when it refers back to the candidate's sentence, else empty. */
  Optional<String> of(Evidence candidate) {
    IndexedDocument release = candidate.document().document();
    int next = candidate.sentence() + 1;
    if (next >= release.sentences().size()
        || !release.headingOf(next).equals(release.headingOf(candidate.sentence()))) {
      return Optional.empty();
    }
    String sentence = release.sentences().get(next);
    return opening.matcher(sentence).lookingAt() ? Optional.of(sentence) : Optional.empty();
  }
}
