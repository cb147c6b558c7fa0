package de.halle.smartcity.answer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per kind of fact and sentence text, what {@link AskedType#heldBy} reads from a sentence whatever the
 * question ({@link AskedType#facts}), so a sentence that is a candidate again and again is matched once, not per
 * question. Up to {@value #REMEMBERED} sentences per kind; beyond that the facts are computed each time. Thread-safe.
 */
final class SentenceFacts {

  private static final int REMEMBERED = 100_000;

  private final Map<AskedType, Map<String, AskedType.Facts>> byType = new EnumMap<>(AskedType.class);

  SentenceFacts() {
    for (AskedType type : AskedType.values()) {
      byType.put(type, new ConcurrentHashMap<>());
    }
  }

  /** As {@link AskedType#heldBy(String, Set)}, with the sentence's facts remembered. */
  boolean heldBy(AskedType type, String sentence, Set<String> questionWords) {
    Map<String, AskedType.Facts> known = byType.get(type);
    AskedType.Facts facts = known.get(sentence);
    if (facts == null) {
      facts = type.facts(sentence);
      if (known.size() < REMEMBERED) {
        known.put(sentence, facts);
      }
    }
    return type.heldBy(facts, questionWords);
  }
}
