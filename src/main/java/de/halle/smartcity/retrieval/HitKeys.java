package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * The file and sentence ordinal of search hits, read from doc values (a stored-fields read decompresses a whole block
 * per hit). Immutable once read.
 *
 * @param files the file of each hit, in hit order
 * @param ordinals the sentence ordinal of each hit, in hit order (-1 for a document entry)
 */
record HitKeys(String[] files, int[] ordinals) {

  /** Reads the keys of the hits; doc values are read in document order, as their iterators require. */
  static HitKeys read(IndexReader reader, FileNames names, ScoreDoc[] hits, boolean withOrdinals)
      throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = reader.leaves();
    String[] files = new String[hits.length];
    int[] ordinals = new int[hits.length];
    Arrays.fill(ordinals, -1);
    int leaf = -1;
    SortedDocValues fileValues = null;
    NumericDocValues ordinalValues = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      if (leaf < 0 || doc >= leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc()) {
        leaf = ReaderUtil.subIndex(doc, leaves);
        fileValues = DocValues.getSorted(leaves.get(leaf).reader(), IndexView.FILE);
        ordinalValues = DocValues.getNumeric(leaves.get(leaf).reader(), IndexView.ORDINAL);
      }
      int local = doc - leaves.get(leaf).docBase;
      if (!fileValues.advanceExact(local)) {
        throw new IllegalStateException("index entry " + doc + " has no file");
      }
      files[i] = names.of(leaf, fileValues, fileValues.ordValue());
      if (withOrdinals && ordinalValues.advanceExact(local)) {
        ordinals[i] = (int) ordinalValues.longValue();
      }
    }
    return new HitKeys(files, ordinals);
  }
}
