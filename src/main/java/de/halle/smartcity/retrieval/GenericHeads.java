package de.halle.smartcity.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Words that, as the last part of a compound or joined name, seldom name what a question word asks for ("Medienraum"
 * is no place one is found at, "E-Mail-Adresse" no street address), by their stems, from a data file. Immutable.
 */
final class GenericHeads {

  /** The bundled file: general vocabulary only. */
  static final String BUNDLED = "lang/de/generic-heads.txt";
  private static final Pattern WORD = Pattern.compile("\\p{Ll}+");

  private final Set<String> stems;

  private GenericHeads(Set<String> stems) {
    this.stems = Set.copyOf(stems);
  }

  /** The bundled words, stemmed by {@code stemmer}. */
  static GenericHeads bundled(Analyzer stemmer) {
    return parse(BUNDLED, LanguageResources.allLines(BUNDLED), stemmer);
  }

  /**
   * The words of a file's lines, stemmed; blank lines and '#' comments are skipped.
   *
   * @throws IllegalArgumentException naming the file and line of an entry that is not one lower-case word
   */
  static GenericHeads parse(String origin, List<String> lines, Analyzer stemmer) {
    Set<String> stems = new HashSet<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> terms = GermanAnalysis.terms(stemmer, line);
      if (!WORD.matcher(line).matches() || terms.size() != 1) {
        throw new IllegalArgumentException(origin + ":" + (n + 1) + ": '" + line
            + "' is not one lower-case word (one per line)");
      }
      stems.add(terms.get(0));
    }
    return new GenericHeads(stems);
  }

  /** True when the term is the stem of a listed word. */
  boolean contains(String term) {
    return stems.contains(term);
  }
}
