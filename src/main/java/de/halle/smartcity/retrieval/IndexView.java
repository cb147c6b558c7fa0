package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * One consistent generation of the sentence index: the Lucene readers of its sentence and release entries, the
 * documents they hold with their vectors, and the analysis they were indexed with. Readers use one view for a whole
 * question and never see a half-applied change. Thread-safe.
 */
public final class IndexView {

  static final String FILE = "file";
  static final String ORDINAL = "ord";
  static final String TEXT = "text";
  static final String CONTEXT = "ctx";
  static final String TITLE = "title";
  /** The release entries' title: scored as one field with {@link #TITLE} (see {@link SharedTitleSearcher}). */
  static final String DOCUMENT_TITLE = "dtitle";
  static final String BODY = "body";
  private static final int REMEMBERED_FREQUENCIES = 100_000;
  private static final int REMEMBERED_TERMS = 100_000;
  /**
   * Hits with equal scores come in file-name order (then sentence order), not in Lucene's doc-id order, which follows
   * the order files were indexed in: the same folder gives the same hits, and the same top-k cut, on every build.
   */
  private static final Sort SENTENCE_ORDER = new Sort(SortField.FIELD_SCORE,
      new SortField(FILE, SortField.Type.STRING), new SortField(ORDINAL, SortField.Type.LONG));
  private static final Sort DOCUMENT_ORDER =
      new Sort(SortField.FIELD_SCORE, new SortField(FILE, SortField.Type.STRING));
  /** Fields and boosts in a fixed order (a {@code Map.of} iterates in a per-JVM order: clause order, float sums). */
  private static final List<Map.Entry<String, Double>> SENTENCE_FIELDS =
      List.of(Map.entry(TEXT, 1.0), Map.entry(CONTEXT, 0.6), Map.entry(TITLE, 0.6));
  private static final List<Map.Entry<String, Double>> DOCUMENT_FIELDS =
      List.of(Map.entry(BODY, 1.0), Map.entry(DOCUMENT_TITLE, 0.3));

  private final DirectoryReader sentenceReader;
  private final DirectoryReader documentReader;
  private final IndexSearcher sentenceSearcher;
  private final IndexSearcher documentSearcher;
  private final FileNames sentenceFiles;
  private final FileNames documentFiles;
  private final Map<String, EmbeddedDocument> documents;
  private final GermanAnalysis analysis;
  private final int sentenceCount;
  private final Map<String, Integer> sentenceFrequencies = new ConcurrentHashMap<>();
  private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();

  /**
   * @param sentenceReader the sentence entries
   * @param documentReader the release entries
   */
  IndexView(DirectoryReader sentenceReader, DirectoryReader documentReader, Map<String, EmbeddedDocument> documents,
      GermanAnalysis analysis) {
    this.sentenceReader = sentenceReader;
    this.documentReader = documentReader;
    this.sentenceSearcher = new SharedTitleSearcher(sentenceReader, documentReader);
    this.documentSearcher = new SharedTitleSearcher(documentReader, sentenceReader);
    this.documents = documents;
    this.sentenceFiles = new FileNames(sentenceReader, documents);
    this.documentFiles = new FileNames(documentReader, documents);
    this.analysis = analysis;
    try {
      this.sentenceCount = Math.max(1, sentenceReader.getDocCount(TEXT));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
  }

  /** Keeps both readers open for a read; false when this view was already closed. */
  boolean tryIncRef() {
    if (!sentenceReader.tryIncRef()) {
      return false;
    }
    if (!documentReader.tryIncRef()) {
      decRef(sentenceReader);
      return false;
    }
    return true;
  }

  /** Releases both readers (closed once nobody reads them). */
  void decRef() {
    decRef(sentenceReader);
    decRef(documentReader);
  }

  private static void decRef(DirectoryReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release an index reader", e);
    }
  }

  /** The analysis questions must be analysed with for this view. */
  public GermanAnalysis analysis() {
    return analysis;
  }

  /** The document of a file, or null when it is not indexed. */
  public EmbeddedDocument document(String file) {
    return documents.get(file);
  }

  /** The indexed file names. */
  public Set<String> files() {
    return documents.keySet();
  }

  /**
   * The best sentences for weighted terms: the sentence counts most, its heading and neighbours and the title count
   * less (a short line such as a list item is read in its context).
   */
  public List<SentenceHit> sentences(Map<String, Double> weightedTerms, int limit) {
    Query query = weighted(sentenceSearcher, weightedTerms, SENTENCE_FIELDS);
    List<SentenceHit> hits = new ArrayList<>();
    try {
      ScoreDoc[] found = top(sentenceSearcher, query, limit, SENTENCE_ORDER);
      HitKeys keys = HitKeys.read(sentenceReader, sentenceFiles, found, true);
      for (int i = 0; i < found.length; i++) {
        hits.add(new SentenceHit(keys.files()[i], keys.ordinals()[i], score(found[i])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
    return hits;
  }

  /**
   * The best documents for weighted terms (whole text and, with less weight, the title: many releases share a generic
   * title), best first, with their BM25 score.
   */
  public Map<String, Double> documents(Map<String, Double> weightedTerms, int limit) {
    Query query = weighted(documentSearcher, weightedTerms, DOCUMENT_FIELDS);
    Map<String, Double> scores = new LinkedHashMap<>();
    try {
      ScoreDoc[] found = top(documentSearcher, query, limit, DOCUMENT_ORDER);
      HitKeys keys = HitKeys.read(documentReader, documentFiles, found, false);
      for (int i = 0; i < found.length; i++) {
        scores.put(keys.files()[i], score(found[i]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
    return scores;
  }

  /**
   * The best hits in {@code order}, counting every match. A search that counts every match scores a disjunction in
   * bulk, window by window (Lucene's {@code BooleanScorer}), instead of skipping documents that cannot reach the top
   * ({@code MaxScoreBulkScorer}). A question's query has many clauses (its terms with their synonyms and compound
   * parts, each in three fields), and the skipping re-sorted all clauses for every small window of documents: it cost
   * about twice the CPU at 10,000 releases (docs/benchmark-log.md, session 15). Hits and scores are the same.
   */
  private static ScoreDoc[] top(IndexSearcher searcher, Query query, int limit, Sort order) throws IOException {
    return searcher.search(query, new TopFieldCollectorManager(order, limit, null, Integer.MAX_VALUE)).scoreDocs;
  }

  /** A hit's BM25 score: a search sorted by score carries it as the first sort value. */
  private static double score(ScoreDoc hit) {
    return (Float) ((FieldDoc) hit).fields[0];
  }

  /**
   * In how many sentences a term occurs (0 for a term the releases never use). Remembered per view (up to
   * {@value #REMEMBERED_FREQUENCIES} terms): every question asks for its terms twice, and questions share words.
   */
  public int sentenceFrequency(String term) {
    Integer known = sentenceFrequencies.get(term);
    if (known != null) {
      return known;
    }
    try {
      int frequency = sentenceReader.docFreq(new Term(TEXT, term));
      if (sentenceFrequencies.size() < REMEMBERED_FREQUENCIES) {
        sentenceFrequencies.put(term, frequency);
      }
      return frequency;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
  }

  /**
   * The share of releases whose text uses a term, in [0, 1] (0 when there are no releases): a term most releases use
   * ("Stadt" in a city's releases) tells none of them apart.
   */
  public double releaseShare(String term) {
    try {
      int releases = documentReader.getDocCount(BODY);
      return releases == 0 ? 0 : documentReader.docFreq(new Term(BODY, term)) / (double) releases;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
  }

  /** The number of indexed sentences. */
  public int sentenceCount() {
    return sentenceCount;
  }

  /** Any of the terms in any of the fields; the fields chosen belong to one kind of entry, so no filter is needed. */
  private Query weighted(IndexSearcher in, Map<String, Double> terms, List<Map.Entry<String, Double>> fields) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.forEach((term, weight) -> fields.forEach(field -> any.add(
        new BoostQuery(termQuery(in, field.getKey(), term), (float) (weight * field.getValue())),
        BooleanClause.Occur.SHOULD)));
    return any.build();
  }

  /**
   * A term query carrying the term's per-segment states and statistics, looked up once per view (up to
   * {@value #REMEMBERED_TERMS} terms) instead of in every segment for every question; scores are unchanged.
   */
  private TermQuery termQuery(IndexSearcher in, String field, String text) {
    Term term = new Term(field, text);
    TermStates states = termStates.get(term);
    if (states == null) {
      try {
        states = TermStates.build(in, term, true);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the in-memory index failed", e);
      }
      if (termStates.size() < REMEMBERED_TERMS) {
        termStates.put(term, states);
      }
    }
    return new TermQuery(term, states);
  }
}
