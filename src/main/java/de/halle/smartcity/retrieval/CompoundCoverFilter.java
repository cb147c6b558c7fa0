package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps only the compound parts that together spell the whole word. Lucene's dictionary decompounder emits every
 * dictionary word found inside a token ("kosten" yields "osten", "teilnahme" yields "nahme"); this filter keeps the
 * fewest parts that cover the word end to end, allowing German linking letters between them ("arbeit-s-zeit") and
 * an inflection ending, and drops all parts when no such cover exists. The parts after a joined name's whole are its
 * own ({@link JoinedNames}), not compound parts.
 */
final class CompoundCoverFilter extends TokenFilter {

  private static final Set<String> LINKS = Set.of("", "s", "es", "n", "en", "e", "er", "-");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final Deque<AttributeSource.State> output = new ArrayDeque<>();
  private final List<AttributeSource.State> parts = new ArrayList<>();
  private final List<String> partTerms = new ArrayList<>();
  private String head;
  private boolean exhausted;

  CompoundCoverFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (output.isEmpty() && !exhausted) {
      readOne();
    }
    if (output.isEmpty()) {
      return false;
    }
    restoreState(output.poll());
    return true;
  }

  private void readOne() throws IOException {
    if (!input.incrementToken()) {
      flushParts();
      exhausted = true;
      return;
    }
    String text = term.toString();
    if (head != null && !JoinedNames.isWhole(head) && increment.getPositionIncrement() == 0
        && text.length() <= head.length() && head.contains(text)) {
      parts.add(captureState());
      partTerms.add(text);
      return;
    }
    flushParts();
    head = text;
    output.add(captureState());
  }

  private void flushParts() {
    if (!parts.isEmpty()) {
      boolean[] keep = cover(head, partTerms);
      for (int i = 0; i < parts.size(); i++) {
        if (keep[i]) {
          output.add(parts.get(i));
        }
      }
    }
    parts.clear();
    partTerms.clear();
  }

  /** Marks the fewest parts that spell {@code word} end to end with linking letters between them. */
  static boolean[] cover(String word, List<String> candidates) {
    int n = word.length();
    int[] best = new int[n + 1];
    int[] viaPart = new int[n + 1];
    int[] viaStart = new int[n + 1];
    Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int p = 0; p < candidates.size(); p++) {
        String part = candidates.get(p);
        int start = end - part.length();
        if (start < 0 || part.length() == n || !word.startsWith(part, start)) {
          continue;
        }
        for (int from = start; from >= Math.max(0, start - 2); from--) {
          boolean linked = from == 0 ? start == 0 : LINKS.contains(word.substring(from, start));
          if (linked && best[from] != Integer.MAX_VALUE && best[from] + 1 < best[end]) {
            best[end] = best[from] + 1;
            viaPart[end] = p;
            viaStart[end] = from;
          }
        }
      }
    }
    boolean[] keep = new boolean[candidates.size()];
    for (int end = n; end >= Math.max(1, n - 2); end--) {
      if (best[end] != Integer.MAX_VALUE && best[end] >= 2 && LINKS.contains(word.substring(end))) {
        for (int at = end; at > 0; at = viaStart[at]) {
          keep[viaPart[at]] = true;
        }
        return keep;
      }
    }
    return keep;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    output.clear();
    parts.clear();
    partTerms.clear();
    head = null;
    exhausted = false;
  }
}
