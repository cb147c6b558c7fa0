package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The best hits of a query with equal scores in file-name order, then sentence order, not in Lucene's doc-id order
 * (which follows the order files were indexed in): the same folder gives the same hits, and the same cut, on every
 * build. Lucene's top hits by score alone are collected, a few more than asked for, and their ties are ordered here:
 * that keeps Lucene's skipping of blocks that cannot reach the top, which a sort by score and file gives up. Only when
 * the last hit collected still ties with the last one asked for (more tied hits may exist than were collected) all
 * hits are sorted by score, file and sentence. Both give the same hits. Immutable and thread-safe.
 *
 * @param files the file of each hit, best first
 * @param ordinals the sentence ordinal of each hit (-1 for a release entry)
 * @param scores the BM25 score of each hit
 * @param sortedFully whether all hits had to be sorted (ties beyond the hits collected)
 */
record TopHits(String[] files, int[] ordinals, float[] scores, boolean sortedFully) {

  /** Hits collected beyond the limit, so that ties at the cut are usually all seen without a full sort. */
  static final int TIE_MARGIN = 8;
  private static final Sort BY_SCORE_FILE_SENTENCE = new Sort(SortField.FIELD_SCORE,
      new SortField(IndexView.FILE, SortField.Type.STRING), new SortField(IndexView.ORDINAL, SortField.Type.LONG));
  private static final Sort BY_SCORE_FILE =
      new Sort(SortField.FIELD_SCORE, new SortField(IndexView.FILE, SortField.Type.STRING));

  /** The best {@code limit} hits, ties in file then sentence order (sentences: {@code withOrdinals}). */
  static TopHits search(IndexSearcher searcher, FileNames names, Query query, int limit, boolean withOrdinals)
      throws IOException {
    ScoreDoc[] found = searcher.search(query, limit + TIE_MARGIN).scoreDocs;
    if (found.length == limit + TIE_MARGIN && found[limit - 1].score == found[found.length - 1].score) {
      return sorted(searcher, names, query, limit, withOrdinals);
    }
    HitKeys keys = HitKeys.read(searcher.getIndexReader(), names, found, withOrdinals);
    Integer[] order = new Integer[found.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer, Float>comparing(i -> found[i].score, Comparator.reverseOrder())
        .thenComparing(i -> keys.files()[i], TopHits::compareAsUtf8)
        .thenComparingInt(i -> keys.ordinals()[i]));
    int count = Math.min(limit, found.length);
    String[] files = new String[count];
    int[] ordinals = new int[count];
    float[] scores = new float[count];
    for (int r = 0; r < count; r++) {
      files[r] = keys.files()[order[r]];
      ordinals[r] = keys.ordinals()[order[r]];
      scores[r] = found[order[r]].score;
    }
    return new TopHits(files, ordinals, scores, false);
  }

  /** The best hits by a full sort on score, file and sentence (Lucene cannot skip any block). */
  static TopHits sorted(IndexSearcher searcher, FileNames names, Query query, int limit, boolean withOrdinals)
      throws IOException {
    ScoreDoc[] found =
        searcher.search(query, limit, withOrdinals ? BY_SCORE_FILE_SENTENCE : BY_SCORE_FILE).scoreDocs;
    IndexReader reader = searcher.getIndexReader();
    HitKeys keys = HitKeys.read(reader, names, found, withOrdinals);
    float[] scores = new float[found.length];
    for (int i = 0; i < found.length; i++) {
      scores[i] = (Float) ((FieldDoc) found[i]).fields[0];
    }
    return new TopHits(keys.files(), keys.ordinals(), scores, true);
  }

  /** File names compared as Lucene compares them: by their UTF-8 bytes (code point order). */
  private static int compareAsUtf8(String a, String b) {
    return a.equals(b) ? 0 : new BytesRef(a).compareTo(new BytesRef(b));
  }
}
