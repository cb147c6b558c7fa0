package de.halle.smartcity.retrieval;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A compact set of analysed terms (sorted 64-bit hashes), so each sentence and document can answer "does it contain
 * this question word?" quickly and in little memory, and whether a term stands in it as a word of its own — a whole
 * word, or the last part of a compound or joined name, which names a kind of it ("Bahnhofstraße" is a street) — or only
 * as a part that modifies one ("Straßenbahn"). Immutable.
 */
public final class TermSet {

  private static final long[] NONE = {};

  private final long[] hashes;
  /** The hashes of the terms that only modify words, sorted: usually few or none. */
  private final long[] partsOnly;
  private final boolean namesYear;

  private TermSet(long[] hashes, long[] partsOnly, boolean namesYear) {
    this.hashes = hashes;
    this.partsOnly = partsOnly.length == 0 ? NONE : partsOnly;
    this.namesYear = namesYear;
  }

  /** The set of the given terms, all of them words of their own. */
  public static TermSet of(Collection<String> terms) {
    return of(terms, List.of());
  }

  /** The set of the given words of their own (whole words, last parts) and of the given parts that modify a word. */
  public static TermSet of(Collection<String> wholes, Collection<String> parts) {
    long[] hashes = new long[wholes.size() + parts.size()];
    boolean namesYear = false;
    int n = 0;
    for (String term : wholes) {
      hashes[n++] = hash(term);
      namesYear |= YearTerm.is(term);
    }
    long[] whole = sortedDistinct(Arrays.copyOf(hashes, n));
    for (String term : parts) {
      hashes[n++] = hash(term);
      namesYear |= YearTerm.is(term);
    }
    long[] all = sortedDistinct(hashes);
    return new TermSet(all, Arrays.stream(all).filter(h -> Arrays.binarySearch(whole, h) < 0).toArray(), namesYear);
  }

  /** The union of several sets: a term is a word of its own in it when it is one in any of them. */
  public static TermSet union(TermSet... sets) {
    long[] all = Arrays.stream(sets).flatMapToLong(s -> Arrays.stream(s.hashes)).sorted().distinct().toArray();
    long[] partsOnly = Arrays.stream(sets).flatMapToLong(s -> Arrays.stream(s.partsOnly)).sorted().distinct()
        .filter(h -> Arrays.stream(sets).noneMatch(s -> s.containsWholeHash(h))).toArray();
    return new TermSet(all, partsOnly, Arrays.stream(sets).anyMatch(s -> s.namesYear));
  }

  /** The hashes sorted, each once (sorts in place). */
  private static long[] sortedDistinct(long[] hashes) {
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /** True when one of the terms is a year ("2023"). */
  boolean namesYear() {
    return namesYear;
  }

  /** True when the term is in the set. */
  public boolean contains(String term) {
    return containsHash(hash(term));
  }

  /** True when a term with the given {@link #hash} is in the set (hash once, look up in many sets). */
  boolean containsHash(long termHash) {
    return Arrays.binarySearch(hashes, termHash) >= 0;
  }

  /**
   * True when a term with the given {@link #hash} is in the set as a word of its own (whole, or the last part of a
   * compound or joined name), not only as a part that modifies one.
   */
  boolean containsWholeHash(long termHash) {
    return containsHash(termHash) && Arrays.binarySearch(partsOnly, termHash) < 0;
  }

  /** 64-bit FNV-1a over the term's characters. */
  static long hash(String term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
