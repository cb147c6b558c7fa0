package de.halle.smartcity.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The general German vocabulary the analysis uses: stop words, compound parts (classpath {@code lang/de/}) and the
 * staff-editable synonyms file.
 *
 * @param stopwords Lucene's German stop words plus question words, lowercase
 * @param compoundParts general words that compounds are split into, lowercase
 * @param synonyms parsed synonyms, applied to questions only
 * @param thesaurus general synonyms of single question words, by stem
 * @param keptApart word forms kept apart from the stem the light stemmer would give them
 * @param genericHeads words that, as the last part of a compound, seldom name what a question word asks for
 */
public record LanguageResources(CharArraySet stopwords, List<String> compoundParts, SynonymMap synonyms,
    Thesaurus thesaurus, KeptApartStems keptApart, GenericHeads genericHeads) {

  private static final String STOPWORDS = "lang/de/stopwords.txt";
  static final String COMPOUND_PARTS = "lang/de/compound-parts.txt";
  /** Synsets derived from OpenThesaurus by {@code ThesaurusSubset} (test scope); see the file's header. */
  static final String THESAURUS = "lang/de/openthesaurus-stems.txt";
  /** A thesaurus word in more synsets than this has too many senses to widen a question with. */
  private static final int MAX_SYNSETS = 3;

  public LanguageResources {
    stopwords = CharArraySet.unmodifiableSet(stopwords);
    compoundParts = List.copyOf(compoundParts);
    java.util.Objects.requireNonNull(synonyms, "synonyms");
    java.util.Objects.requireNonNull(thesaurus, "thesaurus");
    java.util.Objects.requireNonNull(keptApart, "keptApart");
    java.util.Objects.requireNonNull(genericHeads, "genericHeads");
  }

  /**
   * Loads the bundled word lists and thesaurus and the synonyms file; a missing synonyms file means no synonyms.
   */
  public static LanguageResources load(Path synonymsFile) {
    CharArraySet stop = germanStopwords();
    String synonymText = "";
    try {
      if (synonymsFile != null && Files.isRegularFile(synonymsFile)) {
        synonymText = Files.readString(synonymsFile, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synonyms file " + synonymsFile, e);
    }
    KeptApartStems keptApart = KeptApartStems.bundled();
    GenericHeads genericHeads;
    try (Analyzer stemmer = GermanAnalysis.stemmer(stop, keptApart)) {
      genericHeads = GenericHeads.bundled(stemmer);
    }
    return new LanguageResources(stop, classpathWords(COMPOUND_PARTS), parseSynonyms(synonymText, synonymsFile),
        Thesaurus.of(classpathLines(THESAURUS), MAX_SYNSETS), keptApart, genericHeads);
  }

  /** Lucene's German stop words plus the bundled question words. */
  static CharArraySet germanStopwords() {
    CharArraySet stop = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), false);
    stop.addAll(classpathWords(STOPWORDS));
    return stop;
  }

  /** Parses Solr-format synonyms; a line Lucene cannot parse is reported with the file name. */
  static SynonymMap parseSynonyms(String text, Path origin) {
    try (Analyzer surface = surfaceAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, surface);
      parser.parse(new StringReader(text.toLowerCase(Locale.GERMAN)));
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("synonyms file " + origin + " is not in Solr synonym format: "
          + e.getMessage(), e);
    }
  }

  /** Lowercased standard tokens, the form in which synonyms and compound parts are matched. */
  static Analyzer surfaceAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }
    };
  }

  private static List<String> classpathWords(String resource) {
    return classpathLines(resource).stream().map(line -> line.toLowerCase(Locale.GERMAN)).toList();
  }

  /** The stripped lines of a classpath resource, without blank lines and '#' comments. */
  static List<String> classpathLines(String resource) {
    return allLines(resource).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /** Every line of a classpath resource as written, so a checked entry can be reported with its line number. */
  static List<String> allLines(String resource) {
    InputStream in = LanguageResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("language resource missing from the classpath: " + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        BufferedReader lines = new BufferedReader(reader)) {
      List<String> all = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        all.add(line);
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language resource " + resource, e);
    }
  }
}
