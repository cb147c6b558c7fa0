package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

/**
 * The file names of one reader's entries by segment and doc-value ordinal, each decoded once per view and resolved
 * to the indexed document's own name, so hits of the same file share one string (its hash is computed once, and
 * looking the document up compares references). Thread-safe: a name decoded twice by racing readers is the same.
 */
final class FileNames {

  private final Map<String, EmbeddedDocument> documents;
  private final String[][] byLeafAndOrdinal;

  FileNames(IndexReader reader, Map<String, EmbeddedDocument> documents) {
    this.documents = documents;
    List<LeafReaderContext> leaves = reader.leaves();
    this.byLeafAndOrdinal = new String[leaves.size()][];
    try {
      for (int leaf = 0; leaf < leaves.size(); leaf++) {
        byLeafAndOrdinal[leaf] =
            new String[DocValues.getSorted(leaves.get(leaf).reader(), IndexView.FILE).getValueCount()];
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
  }

  /** The name of the file with the given ordinal in the leaf's file doc values. */
  String of(int leaf, SortedDocValues files, int ordinal) throws IOException {
    String known = byLeafAndOrdinal[leaf][ordinal];
    if (known == null) {
      String name = files.lookupOrd(ordinal).utf8ToString();
      EmbeddedDocument document = documents.get(name);
      known = document == null ? name : document.file();
      byLeafAndOrdinal[leaf][ordinal] = known;
    }
    return known;
  }
}
