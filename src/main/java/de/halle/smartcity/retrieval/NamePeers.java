package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pairs of names a release treats as peers of one kind: names it joins with a joining word (from
 * {@code lang/de/name-joining-words.txt}) with nothing but capitalised words between them, "zwischen Musterstadt (Mustertal) und
 * Aheim", "Dorfen, Efeld und Fehausen". Only peers compete for a sentence (see {@link LevelNames}): a title
 * "Musterstadt reist nach Aheim" still lends "Aheim" to a sentence about Musterstadt's costs of the trip. Immutable.
 */
final class NamePeers {

  static final NamePeers NONE = new NamePeers(Set.of());
  private static final Set<String> JOINING = LanguageResources.classpathLines("lang/de/name-joining-words.txt")
      .stream().map(w -> w.toLowerCase(Locale.GERMAN)).collect(Collectors.toUnmodifiableSet());

  private final Set<Long> pairs;

  private NamePeers(Set<Long> pairs) {
    this.pairs = Set.copyOf(pairs);
  }

  /**
   * The peers among the names ({@code nameable}, analysed terms) of the given texts of one release, each text as its
   * {@link GermanAnalysis#surfaceTokens} (read once for this and {@link LevelNames#nameable}).
   */
  static NamePeers of(List<List<String>> texts, GermanAnalysis analysis, Set<String> nameable) {
    Set<Long> pairs = new HashSet<>();
    for (List<String> words : texts) {
      List<Long> chain = new ArrayList<>();
      boolean joined = false;
      for (String word : words) {
        if (Character.isUpperCase(word.codePointAt(0))) {
          analysis.wordIndexTerms(word).stream().findFirst().filter(nameable::contains)
              .ifPresent(name -> chain.add(TermSet.hash(name)));
        } else if (JOINING.contains(word.toLowerCase(Locale.GERMAN)) && !chain.isEmpty()) {
          joined = true;
        } else {
          addPairs(chain, joined, pairs);
          chain.clear();
          joined = false;
        }
      }
      addPairs(chain, joined, pairs);
    }
    return pairs.isEmpty() ? NONE : new NamePeers(pairs);
  }

  private static void addPairs(List<Long> chain, boolean joined, Set<Long> pairs) {
    if (!joined) {
      return;
    }
    for (int a = 0; a < chain.size(); a++) {
      for (int b = a + 1; b < chain.size(); b++) {
        if (!chain.get(a).equals(chain.get(b))) {
          pairs.add(key(chain.get(a), chain.get(b)));
        }
      }
    }
  }

  /** Whether the names with the given {@link TermSet#hash}es are peers. */
  boolean peers(long name, long other) {
    return pairs.contains(key(name, other));
  }

  private static long key(long name, long other) {
    return Math.min(name, other) * 0x9E3779B97F4A7C15L + Math.max(name, other);
  }
}
