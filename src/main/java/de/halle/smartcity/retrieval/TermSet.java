package de.halle.smartcity.retrieval;

import java.util.Arrays;
import java.util.Collection;

/**
 * A compact set of analysed terms (sorted 64-bit hashes), so each sentence and document can answer "does it contain
 * this question word?" quickly and in little memory. Immutable.
 */
public final class TermSet {

  private final long[] hashes;
  private final boolean namesYear;

  private TermSet(long[] hashes, boolean namesYear) {
    this.hashes = hashes;
    this.namesYear = namesYear;
  }

  /** The set of the given terms. */
  public static TermSet of(Collection<String> terms) {
    long[] hashes = new long[terms.size()];
    boolean namesYear = false;
    int n = 0;
    for (String term : terms) {
      hashes[n++] = hash(term);
      namesYear |= YearTerm.is(term);
    }
    return new TermSet(sortedDistinct(hashes), namesYear);
  }

  /** The union of several sets. */
  public static TermSet union(TermSet... sets) {
    return new TermSet(Arrays.stream(sets).flatMapToLong(s -> Arrays.stream(s.hashes)).sorted().distinct().toArray(),
        Arrays.stream(sets).anyMatch(s -> s.namesYear));
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
