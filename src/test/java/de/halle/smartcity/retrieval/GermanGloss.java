package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * An experiment's reading for the English embedding model: glosses German text word by word into English with a
 * general dictionary (key to translation, from {@link DingGlossary}); a word not in it is glossed by its compound
 * parts (head last, as in English), a word that is neither stays as written; stop words are dropped. Immutable and
 * thread-safe.
 */
final class GermanGloss {

  private static final int MIN_PART = 3;
  private static final List<String> LINKS = List.of("", "s", "es", "n", "en", "e", "er");

  private final Map<String, String> english;
  private final CharArraySet stopwords;
  private final Analyzer keys = keyAnalyzer();

  GermanGloss(Map<String, String> english, CharArraySet stopwords) {
    this.english = Map.copyOf(english);
    this.stopwords = stopwords;
  }

  /** The gloss of a glossary file as {@link DingGlossary} writes it. */
  static GermanGloss load(Path tsv) {
    try {
      return of(Files.readAllLines(tsv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the glossary " + tsv, e);
    }
  }

  /** The gloss of glossary lines {@code key<TAB>english} (keys as {@link #keyAnalyzer()} makes them). */
  static GermanGloss of(List<String> lines) {
    Map<String, String> english = new HashMap<>();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException("glossary line needs 'key<TAB>english' but was: " + line);
      }
      english.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return new GermanGloss(english, LanguageResources.germanStopwords());
  }

  /** Lower case, umlaut/ß folding and light stemming: the key of a word in the glossary. */
  static Analyzer keyAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new GermanNormalizationFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, new GermanLightStemFilter(new ASCIIFoldingFilter(stream)));
      }
    };
  }

  /** The key of one word, or the empty string when the analysis makes none or several terms of it. */
  String key(String word) {
    List<String> terms = GermanAnalysis.terms(keys, word);
    return terms.size() == 1 ? terms.get(0) : "";
  }

  /** The English gloss of a German text. */
  String gloss(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : GermanAnalysis.surfaceTokens(text)) {
      if (stopwords.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String glossed = word(word);
      out.append(out.length() > 0 ? " " : "").append(glossed);
    }
    return out.toString();
  }

  private String word(String word) {
    String known = english.get(key(word));
    if (known != null) {
      return known;
    }
    List<String> parts = parts(word.toLowerCase(Locale.ROOT));
    return parts.isEmpty() ? word : String.join(" ", parts);
  }

  /** The glosses of a compound's parts, found from the head (longest known suffix) backwards; empty if none fits. */
  private List<String> parts(String word) {
    for (int start = 1; start <= word.length() - MIN_PART; start++) {
      String head = english.get(key(word.substring(start)));
      if (head != null) {
        String modifier = word.substring(0, start);
        List<String> front = modifier(modifier);
        if (front != null) {
          List<String> all = new ArrayList<>(front);
          all.add(head);
          return all;
        }
      }
    }
    return List.of();
  }

  private List<String> modifier(String modifier) {
    for (String link : LINKS) {
      if (modifier.endsWith(link) && modifier.length() - link.length() >= MIN_PART) {
        String stem = modifier.substring(0, modifier.length() - link.length());
        String known = english.get(key(stem));
        if (known != null) {
          return List.of(known);
        }
        List<String> inner = parts(stem);
        if (!inner.isEmpty()) {
          return inner;
        }
      }
    }
    return null;
  }
}
