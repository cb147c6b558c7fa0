package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * German analysis for releases and questions: lowercasing, compound splitting against general words plus the
 * corpus' own vocabulary, the parts of underscore-joined names beside the whole, stop words, umlaut/ß folding, word
 * forms kept apart from a different word's stem, and light stemming; questions also get synonyms (from the staff
 * file and the thesaurus). Numbers stay tokens. Immutable and thread-safe.
 */
public final class GermanAnalysis {

  private static final Analyzer SURFACE = LanguageResources.surfaceAnalyzer();
  private static final Analyzer TYPED = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };
  private static final int MIN_WORD = 4;

  private final LanguageResources resources;
  private final CompoundDictionary dictionary;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  /** Lower case and compound parts as written, in the index analyzer's order: where part synonyms are looked up. */
  private final Analyzer partAnalyzer;

  /** Analysis with the general compound parts plus the given corpus words (any case, any length). */
  public GermanAnalysis(LanguageResources resources, Collection<String> corpusWords) {
    this(resources, new CompoundDictionary(resources, corpusWords));
  }

  private GermanAnalysis(LanguageResources resources, CompoundDictionary dictionary) {
    this.resources = resources;
    this.dictionary = dictionary;
    this.indexAnalyzer = chain(false);
    this.queryAnalyzer = chain(true);
    this.partAnalyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new StopFilter(JoinedNames.split(new CompoundCoverFilter(
            dictionary.decompounded(new LowerCaseFilter(tokenizer)))), resources.stopwords()));
      }
    };
  }

  /** A new analysis whose compound dictionary also knows the given words (for a re-indexed file). */
  public GermanAnalysis withWords(Collection<String> corpusWords) {
    return new GermanAnalysis(resources, dictionary.withWords(corpusWords));
  }

  /** The analyzer for indexed text (no synonyms). */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** The distinct lowercased words of a text, as candidates for the compound dictionary. */
  public static Set<String> surfaceWords(String text) {
    Set<String> words = new TreeSet<>();
    for (String word : terms(SURFACE, text)) {
      if (word.length() >= MIN_WORD && Character.isLetter(word.charAt(0))) {
        words.add(word);
      }
    }
    return words;
  }

  /** The words of a text as written, in order; {@link QueryTerm#word()} indexes into them. */
  public static List<String> surfaceTokens(String text) {
    return terms(TYPED, text);
  }

  /** The indexed terms of a text, in order, as the index analyzer produces them. */
  public List<String> indexTerms(String text) {
    return terms(indexAnalyzer, text);
  }

  /** The terms an analyzer makes of a text, in order (the one token loop every term list here uses). */
  public static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory failed", e);
    }
    return terms;
  }

  /**
   * The question's terms, each tagged with the position of the question word it belongs to, how it relates to that
   * word, and whether the word counts as a noun or name ({@link KeywordQuery#noun}: capitalised inside the question, or
   * at the start of a few keywords). Alternatives written "A|B" are one question word at A's position: B's own term
   * (not its compound parts) counts as a synonym of A and, like any synonym, takes A's capitalisation (a verb's noun
   * alternative does not make it a noun).
   */
  public List<QueryTerm> queryTerms(String question) {
    List<String> surface = terms(TYPED, question);
    List<int[]> offsets = offsets(question);
    int[] group = AlternativeWords.firstOfGroup(question, offsets);
    boolean keywords = KeywordQuery.is(question);
    List<QueryTerm> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int w = 0; w < surface.size(); w++) {
      int g = group[w];
      List<String> own = terms(indexAnalyzer, surface.get(w));
      own = g == w || own.isEmpty() ? own : own.subList(0, 1);
      List<String> parts = own.size() > 1 ? terms(partAnalyzer, surface.get(w)) : List.of();
      for (int i = 0; i < own.size(); i++) {
        if (seen.add(g + " " + own.get(i))) {
          terms.add(new QueryTerm(own.get(i), g, origin(g == w, i), KeywordQuery.noun(surface, g, keywords)));
          if (i > 0 && parts.size() == own.size()) {
            partSynonyms(parts.get(i), g, KeywordQuery.noun(surface, g, keywords), seen, terms);
          }
        }
      }
    }
    List<Integer> starts = offsets.stream().map(o -> o[0]).toList();
    for (Map.Entry<Integer, String> synonym : synonyms(question)) {
      int found = Collections.binarySearch(starts, synonym.getKey());
      int w = found >= 0 ? found : Math.max(0, -found - 2);
      if (seen.add(group[w] + " " + synonym.getValue())) {
        terms.add(new QueryTerm(synonym.getValue(), group[w], QueryTerm.Origin.SYNONYM,
            KeywordQuery.noun(surface, group[w], keywords)));
      }
    }
    related(terms, seen);
    return terms;
  }

  /** The word itself, a compound part of it, or (for an alternative after the first) a synonym of its group's word. */
  private static QueryTerm.Origin origin(boolean firstOfGroup, int term) {
    if (!firstOfGroup) {
      return QueryTerm.Origin.SYNONYM;
    }
    return term == 0 ? QueryTerm.Origin.WORD : QueryTerm.Origin.PART;
  }

  /**
   * Adds the synonyms of one compound part as written ("vertrag" of "partnerschaftsvertrag"), so that a question's
   * compound also matches text that says its parts in other words ("Vereinbarung über die Partnerschaft").
   */
  private void partSynonyms(String part, int word, boolean capitalized, Set<String> seen, List<QueryTerm> terms) {
    for (Map.Entry<Integer, String> synonym : synonyms(part)) {
      if (seen.add(word + " " + synonym.getValue())) {
        terms.add(new QueryTerm(synonym.getValue(), word, QueryTerm.Origin.PART_SYNONYM, capitalized));
      }
    }
  }

  /** Adds the thesaurus synonyms of every question word itself (not of its parts or synonyms). */
  private void related(List<QueryTerm> terms, Set<String> seen) {
    List<QueryTerm> words = terms.stream().filter(t -> t.origin() == QueryTerm.Origin.WORD && !t.numeric()).toList();
    for (QueryTerm word : words) {
      for (String related : resources.thesaurus().related(word.term())) {
        if (seen.add(word.word() + " " + related)) {
          terms.add(new QueryTerm(related, word.word(), QueryTerm.Origin.RELATED, word.capitalized()));
        }
      }
    }
  }

  /** Where each surface word of a text starts and ends. */
  private static List<int[]> offsets(String text) {
    List<int[]> offsets = new ArrayList<>();
    try (TokenStream stream = TYPED.tokenStream("t", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory failed", e);
    }
    return offsets;
  }

  /** The synonym terms the synonyms file adds to a question, each with the start offset of the word it replaces. */
  private List<Map.Entry<Integer, String>> synonyms(String question) {
    List<Map.Entry<Integer, String>> synonyms = new ArrayList<>();
    try (TokenStream stream = queryAnalyzer.tokenStream("q", question)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
          synonyms.add(Map.entry(offset.startOffset(), term.toString()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory failed", e);
    }
    return synonyms;
  }

  private Analyzer chain(boolean withSynonyms) {
    return chain(resources.stopwords(), withSynonyms ? resources.synonyms() : null, dictionary::decompounded,
        resources.keptApart());
  }

  /**
   * The index analysis without compound splitting: the first term it makes of a word is the one the index analyzer
   * makes of it, whatever the corpus (how the thesaurus' words are stemmed).
   */
  static Analyzer stemmer(CharArraySet stopwords) {
    return chain(stopwords, null, UnaryOperator.identity(), KeptApartStems.bundled());
  }

  /**
   * Lowercasing, synonyms (when given), compound parts (if the decompounder adds any), the parts of underscore-joined
   * names, stop words, folding, the word forms kept apart, stems.
   */
  private static Analyzer chain(CharArraySet stopwords, SynonymMap synonyms, UnaryOperator<TokenStream> decompounder,
      KeptApartStems keptApart) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (synonyms != null && synonyms.fst != null) {
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = JoinedNames.split(new CompoundCoverFilter(decompounder.apply(stream)));
        stream = new StopFilter(stream, stopwords);
        stream = new GermanNormalizationFilter(stream);
        stream = keptApart.apply(new ASCIIFoldingFilter(stream));
        stream = new GermanLightStemFilter(new GermanDerivationFilter(stream, true));
        return new TokenStreamComponents(tokenizer, new GermanDerivationFilter(stream, false));
      }
    };
  }
}
