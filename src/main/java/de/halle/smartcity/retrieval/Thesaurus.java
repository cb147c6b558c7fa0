package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General German synonyms (OpenThesaurus synsets) keyed by analysed stem, so a question word can also be looked for
 * in the words a page may use instead. Immutable and thread-safe.
 */
public final class Thesaurus {

  private final List<String[]> synsets;
  /** Per stem, the indexes of the synsets that hold it. */
  private final Map<String, int[]> senses;
  private final int maxSynsets;

  private Thesaurus(List<String[]> synsets, Map<String, int[]> senses, int maxSynsets) {
    this.synsets = synsets;
    this.senses = senses;
    this.maxSynsets = maxSynsets;
  }

  /** No synonyms at all. */
  public static Thesaurus empty() {
    return new Thesaurus(List.of(), Map.of(), 0);
  }

  /**
   * The synonyms of synset lines, one synset a line, entries {@code Wort=stamm} separated by ';'. A stem that occurs
   * in more than {@code maxSynsets} synsets has too many senses to stand for any of them and gets no synonyms.
   */
  public static Thesaurus of(List<String> lines, int maxSynsets) {
    List<String[]> synsets = new ArrayList<>(lines.size());
    Map<String, int[]> senses = new HashMap<>(4 * lines.size());
    for (String line : lines) {
      String[] stems = stems(line);
      for (String stem : stems) {
        senses.merge(stem, new int[] {synsets.size()}, Thesaurus::concat);
      }
      synsets.add(stems);
    }
    return new Thesaurus(synsets, senses, maxSynsets);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** The distinct stems of a line's entries. */
  private static String[] stems(String line) {
    List<String> stems = new ArrayList<>();
    int start = 0;
    while (start <= line.length()) {
      int end = line.indexOf(';', start);
      end = end < 0 ? line.length() : end;
      String stem = stem(line.substring(start, end), line);
      if (!stems.contains(stem)) {
        stems.add(stem);
      }
      start = end + 1;
    }
    return stems.toArray(String[]::new);
  }

  private static String stem(String entry, String line) {
    int equals = entry.indexOf('=');
    if (equals <= 0 || equals == entry.length() - 1) {
      throw new IllegalArgumentException("thesaurus entry '" + entry + "' is not Wort=stamm in line: " + line);
    }
    return entry.substring(equals + 1);
  }

  /** The stems of the words that share a synset with the given stem (empty for unknown or ambiguous stems). */
  public List<String> related(String stem) {
    int[] of = senses.get(stem);
    return of == null || of.length > maxSynsets ? List.of() : relatedIn(stem, of);
  }

  /** The stems of the words that share any synset with the given stem, in whichever sense (empty for unknown stems). */
  public List<String> relatedInAnySense(String stem) {
    int[] of = senses.get(stem);
    return of == null ? List.of() : relatedIn(stem, of);
  }

  private List<String> relatedIn(String stem, int[] of) {
    Set<String> related = new LinkedHashSet<>();
    for (int synset : of) {
      related.addAll(Arrays.asList(synsets.get(synset)));
    }
    related.remove(stem);
    return List.copyOf(related);
  }
}
