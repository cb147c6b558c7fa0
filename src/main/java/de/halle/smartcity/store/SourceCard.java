package de.halle.smartcity.store;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the "📄 Quelle" button under an answer shows: the releases the answer cites and the sentences it was taken
 * from. Release text only, nothing the citizen wrote.
 *
 * @param sources the cited releases, best first; at least one
 * @param evidence the verbatim sentences the answer was built from
 * @param language "de" or "en": the language of the answer
 */
public record SourceCard(List<Source> sources, List<String> evidence, String language) {

  public SourceCard {
    sources = List.copyOf(sources);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(language, "language");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a source card needs at least one source");
    }
  }

  /** The card of an answer; empty for a decline or a fixed reply, which cite no release. */
  public static Optional<SourceCard> of(Answer answer) {
    if (answer.citedSources().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SourceCard(answer.citedSources(), answer.evidence(), answer.language()));
  }
}
