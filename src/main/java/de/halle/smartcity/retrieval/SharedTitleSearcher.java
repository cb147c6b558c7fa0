package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * A searcher over one kind of entry (sentences or releases) for which the title field of the sentence entries and the
 * title field of the release entries count as one field in BM25's statistics (entry counts, lengths, term
 * frequencies), exactly as if both kinds of entry shared one title field in one index. Kept apart, each query walks
 * only its own kind of entry and needs no filter on the kind. Thread-safe.
 */
final class SharedTitleSearcher extends IndexSearcher {

  private static final int REMEMBERED_TERMS = 100_000;

  private final Map<String, CollectionStatistics> titles = new ConcurrentHashMap<>();
  private final Map<Term, long[]> otherTitleTerms = new ConcurrentHashMap<>();
  private final IndexReader otherKind;

  /**
   * @param reader the entries searched
   * @param otherKind the other kind's entries, whose title statistics count too
   */
  SharedTitleSearcher(IndexReader reader, IndexReader otherKind) {
    super(reader);
    this.otherKind = otherKind;
    try {
      for (String field : new String[] {IndexView.TITLE, IndexView.DOCUMENT_TITLE}) {
        CollectionStatistics own = super.collectionStatistics(field);
        CollectionStatistics other = new IndexSearcher(otherKind).collectionStatistics(otherTitle(field));
        if (own != null) {
          titles.put(field, other == null ? own : new CollectionStatistics(field, own.maxDoc() + other.maxDoc(),
              own.docCount() + other.docCount(), own.sumTotalTermFreq() + other.sumTotalTermFreq(),
              own.sumDocFreq() + other.sumDocFreq()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    return otherTitle(field) == null ? super.collectionStatistics(field) : titles.get(field);
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
    String other = otherTitle(term.field());
    if (other == null) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    Term twin = new Term(other, term.bytes());
    long[] theirs = otherTitleTerms.get(twin);
    if (theirs == null) {
      theirs = new long[] {otherKind.docFreq(twin), otherKind.totalTermFreq(twin)};
      if (otherTitleTerms.size() < REMEMBERED_TERMS) {
        otherTitleTerms.put(twin, theirs);
      }
    }
    return new TermStatistics(term.bytes(), docFreq + theirs[0], totalTermFreq + theirs[1]);
  }

  private static String otherTitle(String field) {
    return switch (field) {
      case IndexView.TITLE -> IndexView.DOCUMENT_TITLE;
      case IndexView.DOCUMENT_TITLE -> IndexView.TITLE;
      default -> null;
    };
  }
}
