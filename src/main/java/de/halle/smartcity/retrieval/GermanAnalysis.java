package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * German analysis for releases and questions: lowercasing, the parts of joined names ("musterrad_bike", "MUS-City")
 * beside the whole, compound splitting against general words plus the corpus' own vocabulary, stop words, umlaut/ß
 * folding, word forms kept apart from a different word's stem, and light stemming; questions also get synonyms (from
 * the staff file and the thesaurus). Numbers stay tokens. Immutable and thread-safe.
 */
public final class GermanAnalysis {

  private static final Analyzer SURFACE = LanguageResources.surfaceAnalyzer();
  /** The words as written, with their offsets. */
  static final Analyzer TYPED = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };

  private final LanguageResources resources;
  private final CompoundDictionary dictionary;
  private final Analyzer indexAnalyzer;
  private final QuestionTerms questionTerms;
  private final RememberedWords words = new RememberedWords();

  /** Analysis with the general compound parts plus the given corpus words (any case, any length). */
  public GermanAnalysis(LanguageResources resources, Collection<String> corpusWords) {
    this(resources, new CompoundDictionary(resources, corpusWords));
  }

  private GermanAnalysis(LanguageResources resources, CompoundDictionary dictionary) {
    this.resources = resources;
    this.dictionary = dictionary;
    this.indexAnalyzer = chain(null, dictionary::decompounded, dictionary::singulars);
    this.questionTerms = new QuestionTerms(indexAnalyzer,
        chain(resources.synonyms(), UnaryOperator.identity(), dictionary::singulars),
        partAnalyzer(), resources.stopwords(), resources.thesaurus());
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
      if (word.length() >= CompoundDictionary.MIN_VOCABULARY_WORD && Character.isLetter(word.charAt(0))) {
        words.add(word);
      }
    }
    return words;
  }

  /** The words of a text as written, in order; {@link QueryTerm#word()} indexes into them. */
  public static List<String> surfaceTokens(String text) {
    return terms(TYPED, text);
  }

  /** The stems the thesaurus relates to a stem in any of its senses ({@link Thesaurus#relatedInAnySense}). */
  public List<String> relatedInAnySense(String stem) {
    return resources.thesaurus().relatedInAnySense(stem);
  }

  /** The indexed terms of a text, in order, as the index analyzer produces them. */
  public List<String> indexTerms(String text) {
    return terms(indexAnalyzer, text);
  }

  /**
   * The indexed terms of a text as a set that knows which of them stand as words of their own: the first term the
   * index analyzer makes at each word's start is the word, the terms after it at the same start are its compound parts
   * or the parts of a joined name, of which the last one names what the word is a kind of ("Bahnhofstraße" and
   * "August-Bebel-Straße" are streets) and the others only modify it ("Straßenbahn" holds "straße" only so), as does a
   * generic last part ({@link GenericHeads}: a "Medienraum" is no place). One pass of the analyzer.
   */
  public TermSet indexTermSet(String text) {
    List<String> kinds = new ArrayList<>();
    List<String> modifiers = new ArrayList<>();
    try (TokenStream stream = indexAnalyzer.tokenStream("t", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      List<String> word = new ArrayList<>();
      int joinedHead = 0;
      int start = -1;
      while (stream.incrementToken()) {
        if (offset.startOffset() > start) {
          sortWord(word, joinedHead, kinds, modifiers);
          word.clear();
          joinedHead = 0;
          start = offset.startOffset();
        } else if (increment.getPositionIncrement() > 0) {
          joinedHead = word.size();
        }
        word.add(term.toString());
      }
      sortWord(word, joinedHead, kinds, modifiers);
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory failed", e);
    }
    return TermSet.of(kinds, modifiers);
  }

  /**
   * Sorts one word's terms (the word, then its parts) into words of their own — the word, its last part and the last
   * part of a joined name (at {@code joinedHead}; its compound parts follow it), unless generic — and modifiers.
   */
  private void sortWord(List<String> word, int joinedHead, List<String> kinds, List<String> modifiers) {
    for (int t = 0; t < word.size(); t++) {
      boolean head = (t == word.size() - 1 || t == joinedHead) && !resources.genericHeads().contains(word.get(t));
      (t == 0 || head ? kinds : modifiers).add(word.get(t));
    }
  }

  /** As {@link #indexTerms} for one word, remembered: names are looked up word by word, the same words many times. */
  public List<String> wordIndexTerms(String word) {
    return words.indexTerms(word, this::indexTerms);
  }

  /** As {@link #queryTerms} for one word asked alone, remembered like {@link #wordIndexTerms}. */
  List<QueryTerm> wordQueryTerms(String word) {
    return words.queryTerms(word, this::queryTerms);
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
   * word, and whether the word counts as a noun or name (see {@link QuestionTerms#of}).
   */
  public List<QueryTerm> queryTerms(String question) {
    return questionTerms.of(question);
  }

  /** Lower case and compound parts as written, in the index analyzer's order: where part synonyms are looked up. */
  private Analyzer partAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new StopFilter(new CompoundCoverFilter(
            dictionary.decompounded(JoinedNames.split(new LowerCaseFilter(tokenizer)))), resources.stopwords()));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return JoinedNames.hyphensJoined(reader, resources.stopwords());
      }
    };
  }

  /**
   * The analysis with the given synonyms (or none) and compound splitting (or none). The question's synonyms are read
   * without splitting: a synonym's compound parts are no synonyms of the word ("Fördergeld" may stand for "Förderung",
   * its part "geld" does not, nor does the "mittel" of "Mittelweg" for the "mittel" of "Fördermittel").
   */
  private Analyzer chain(SynonymMap synonyms, UnaryOperator<TokenStream> decompounder,
      UnaryOperator<TokenStream> singulars) {
    return chain(resources.stopwords(), synonyms, decompounder, singulars, resources.keptApart(), true);
  }

  /**
   * The index analysis without compound splitting: the first term it makes of a word is the one the index analyzer
   * makes of it, whatever the corpus (how the thesaurus' words are stemmed). Hyphens split as the tokenizer splits them:
   * the thesaurus is looked up by the terms of single question words, which never hold a hyphen.
   */
  static Analyzer stemmer(CharArraySet stopwords) {
    return stemmer(stopwords, KeptApartStems.bundled());
  }

  /** As {@link #stemmer(CharArraySet)} with word families already read. */
  static Analyzer stemmer(CharArraySet stopwords, KeptApartStems keptApart) {
    return chain(stopwords, null, UnaryOperator.identity(), UnaryOperator.identity(), keptApart, false);
  }

  /**
   * Lowercasing, synonyms (when given), the parts of joined names (hyphen-joined ones only if {@code joinHyphens}),
   * compound parts (if the decompounder adds any), plurals in "-s" as their singulars (if {@code singulars} knows
   * them), stop words, folding, the listed word forms' own stems (before and
   * after light stemming, which exposes "gezählt" in "gezählte"), stems.
   */
  private static Analyzer chain(CharArraySet stopwords, SynonymMap synonyms, UnaryOperator<TokenStream> decompounder,
      UnaryOperator<TokenStream> singulars, KeptApartStems keptApart, boolean joinHyphens) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (synonyms != null && synonyms.fst != null) {
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = singulars.apply(new CompoundCoverFilter(decompounder.apply(JoinedNames.split(stream))));
        stream = new StopFilter(stream, stopwords);
        stream = new GermanNormalizationFilter(stream);
        stream = keptApart.apply(new ASCIIFoldingFilter(stream));
        stream = keptApart.apply(new GermanLightStemFilter(new GermanDerivationFilter(stream, true)));
        return new TokenStreamComponents(tokenizer, new GermanDerivationFilter(stream, false));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return joinHyphens ? JoinedNames.hyphensJoined(reader, stopwords) : reader;
      }
    };
  }
}
