package de.halle.smartcity.report;

import de.halle.smartcity.retrieval.GermanAnalysis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * The content words of a question: lower-cased, stopwords removed, umlauts folded and lightly stemmed by Lucene's
 * {@link GermanAnalyzer}, so "Konferenzen" and "Konferenz" count as the same word. Thread-safe.
 */
public final class ContentWords {

  /** Classpath resource with the stopword list (one lower-case word per line, {@code #} comments). */
  public static final String STOPWORDS_RESOURCE = "/report/gap-stopwords-de.txt";

  private static final String PLACEHOLDER = "\\[[A-Z-]+\\]";

  private final GermanAnalyzer analyzer;

  /** Uses the given stopwords (lower case). */
  public ContentWords(Set<String> stopwords) {
    this.analyzer = new GermanAnalyzer(new CharArraySet(stopwords, false));
  }

  /** Uses the stopword list shipped in {@link #STOPWORDS_RESOURCE}. */
  public static ContentWords withDefaultStopwords() {
    try (InputStream in = ContentWords.class.getResourceAsStream(STOPWORDS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("stopword list " + STOPWORDS_RESOURCE + " is missing from the classpath");
      }
      return new ContentWords(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stopword list " + STOPWORDS_RESOURCE, e);
    }
  }

  static Set<String> parse(List<String> lines) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : lines) {
      String word = line.strip();
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(word);
      }
    }
    return words;
  }

  /** The distinct content words of a text, in order of appearance; scrubber placeholders are ignored. */
  public Set<String> of(String text) {
    return new LinkedHashSet<>(GermanAnalysis.terms(analyzer, text.replaceAll(PLACEHOLDER, " ")));
  }

  /** Jaccard similarity of two word sets: shared words over all words; 0 when both are empty. */
  public static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / (a.size() + b.size() - shared);
  }
}
