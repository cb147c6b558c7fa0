package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;

/**
 * Word forms the light stemmer does not give the stem of their own word, with the stem they get instead: forms it would
 * fold onto the stem of a different word, kept apart ("parken" onto "park", the stem of "Park"), and participles with a
 * four-letter stem, joined to their verb's ("gezählt" to "zähl", the stem of "zählen"). From a data file with one line
 * per word family: the stem, a tab, and the forms separated by spaces. Forms are written as in German text; they are
 * matched folded (umlauts, ß), like every term, before and after light stemming. Immutable and thread-safe.
 */
public final class KeptApartStems {

  /** The bundled file: general vocabulary only. */
  static final String BUNDLED = "lang/de/kept-apart-stems.tsv";
  private static final Pattern WORD = Pattern.compile("\\p{Ll}+");

  private final StemmerOverrideFilter.StemmerOverrideMap stems;

  private KeptApartStems(StemmerOverrideFilter.StemmerOverrideMap stems) {
    this.stems = stems;
  }

  /** The bundled word families. */
  static KeptApartStems bundled() {
    return parse(BUNDLED, LanguageResources.allLines(BUNDLED));
  }

  /**
   * The word families of a file's lines; blank lines and '#' comments are skipped.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed line or a form listed twice
   */
  static KeptApartStems parse(String origin, List<String> lines) {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    Map<String, Integer> seen = new HashMap<>();
    try (Analyzer folding = folding()) {
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          addFamily(builder, seen, folding, origin + ":" + (n + 1), line);
        }
      }
      return new KeptApartStems(builder.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the stems of " + origin, e);
    }
  }

  private static void addFamily(StemmerOverrideFilter.Builder builder, Map<String, Integer> seen, Analyzer folding,
      String where, String line) {
    String[] columns = line.split("\t");
    if (columns.length != 2 || !WORD.matcher(columns[0].strip()).matches() || columns[1].isBlank()) {
      throw new IllegalArgumentException(where + ": expected 'stem<TAB>forms' (lower-case words, forms separated by "
          + "spaces) but found '" + line + "'");
    }
    String stem = fold(folding, columns[0].strip());
    for (String form : columns[1].strip().split(" +")) {
      if (!WORD.matcher(form).matches()) {
        throw new IllegalArgumentException(where + ": '" + form + "' is not a lower-case word");
      }
      String folded = fold(folding, form);
      Integer earlier = seen.putIfAbsent(folded, 0);
      if (earlier != null) {
        throw new IllegalArgumentException(where + ": the form '" + form + "' is listed twice");
      }
      builder.add(folded, stem);
    }
  }

  /** The stream with the listed forms replaced by their family's stem, marked so the stemmers leave it. */
  TokenStream apply(TokenStream stream) {
    return new StemmerOverrideFilter(stream, stems);
  }

  static String fold(Analyzer folding, String word) {
    List<String> terms = GermanAnalysis.terms(folding, word.toLowerCase(Locale.GERMAN));
    return terms.isEmpty() ? word : terms.get(0);
  }

  /** The folding every term goes through before stemming: German normalisation, then ASCII folding. */
  static Analyzer folding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        return new TokenStreamComponents(tokenizer,
            new ASCIIFoldingFilter(new GermanNormalizationFilter(tokenizer)));
      }
    };
  }
}
