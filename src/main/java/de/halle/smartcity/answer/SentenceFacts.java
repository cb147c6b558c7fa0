package de.halle.smartcity.answer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers, per kind of fact and sentence text, what {@link HeldFacts#heldBy} reads from a sentence whatever the
 * question ({@link HeldFacts#facts}), so a sentence that is a candidate again and again is matched once, not per
 * question, a sentence's numbers as a count question reads them and its capitalised words as a date question's
 * neighbour test reads them. Up to {@value #REMEMBERED} sentences per kind;
 * beyond that they are computed each time. Thread-safe.
 */
final class SentenceFacts {

  private static final int REMEMBERED = 100_000;

  private final Map<AskedType, Map<String, HeldFacts.Facts>> byType = new EnumMap<>(AskedType.class);
  private final Map<String, SentenceNumbers.Numbers> countedNumbers = new ConcurrentHashMap<>();
  private final Map<String, List<CompletingNeighbour.CapitalisedWord>> capitalised = new ConcurrentHashMap<>();

  SentenceFacts() {
    for (AskedType type : AskedType.values()) {
      byType.put(type, new ConcurrentHashMap<>());
    }
  }

  /** As {@link HeldFacts#heldBy(AskedType, String, Set)}, with the sentence's facts remembered. */
  boolean heldBy(AskedType type, String sentence, Set<String> questionWords) {
    Map<String, HeldFacts.Facts> known = byType.get(type);
    HeldFacts.Facts facts = known.get(sentence);
    if (facts == null) {
      facts = HeldFacts.facts(type, sentence);
      if (known.size() < REMEMBERED) {
        known.put(sentence, facts);
      }
    }
    return HeldFacts.heldBy(type, facts, questionWords);
  }

  /**
   * A sentence's numbers as a count question reads them ({@link SentenceNumbers#read}, passed as {@code read}),
   * remembered.
   */
  SentenceNumbers.Numbers countedNumbers(String sentence, Function<String, SentenceNumbers.Numbers> read) {
    return remembered(countedNumbers, sentence, read);
  }

  /**
   * A sentence's capitalised words with their first terms ({@link CompletingNeighbour#capitalisedWords}, passed as
   * {@code read}), remembered.
   */
  List<CompletingNeighbour.CapitalisedWord> capitalisedWords(String sentence,
      Function<String, List<CompletingNeighbour.CapitalisedWord>> read) {
    return remembered(capitalised, sentence, read);
  }

  private static <T> T remembered(Map<String, T> known, String sentence, Function<String, T> read) {
    T value = known.get(sentence);
    if (value == null) {
      value = read.apply(sentence);
      if (known.size() < REMEMBERED) {
        known.put(sentence, value);
      }
    }
    return value;
  }
}
