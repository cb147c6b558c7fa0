package de.halle.smartcity.retrieval;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the analysis of single words, which {@link LevelNames} asks for again and again (every capitalised word of
 * every release, at each index and restart, and of every candidate sentence when answering): the same words recur
 * across releases, and a token stream per word costs far more than a lookup. Up to {@value #REMEMBERED} words per
 * kind; beyond that a word is analysed each time. One per {@link GermanAnalysis}, whose results it must not outlive.
 * Thread-safe.
 */
final class RememberedWords {

  private static final int REMEMBERED = 200_000;

  private final Map<String, List<String>> indexTerms = new ConcurrentHashMap<>();
  private final Map<String, List<QueryTerm>> queryTerms = new ConcurrentHashMap<>();

  /** The index terms of a word, analysed by {@code analyse} the first time. */
  List<String> indexTerms(String word, Function<String, List<String>> analyse) {
    return remembered(indexTerms, word, analyse);
  }

  /** The question terms of a word asked alone, analysed by {@code analyse} the first time. */
  List<QueryTerm> queryTerms(String word, Function<String, List<QueryTerm>> analyse) {
    return remembered(queryTerms, word, analyse);
  }

  private static <T> List<T> remembered(Map<String, List<T>> known, String word, Function<String, List<T>> analyse) {
    List<T> terms = known.get(word);
    if (terms == null) {
      terms = List.copyOf(analyse.apply(word));
      if (known.size() < REMEMBERED) {
        known.put(word, terms);
      }
    }
    return terms;
  }
}
