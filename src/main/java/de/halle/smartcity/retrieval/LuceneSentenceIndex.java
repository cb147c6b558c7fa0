package de.halle.smartcity.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene BM25 index whose unit is a sentence, indexed with its heading, neighbours and the release
 * title, plus one entry per release for document-level scores. The two kinds of entry live in two Lucene indexes, so
 * every entry of an index has all of its fields (dense norms: scoring reads a length without a lookup). Supports a full
 * rebuild and per-file replace/remove; each change publishes a new {@link IndexView} of both atomically, so readers
 * never see a half state. Thread-safe.
 */
public final class LuceneSentenceIndex implements Closeable {

  private final IndexWriter sentenceWriter;
  private final IndexWriter documentWriter;
  private final CurrentAnalyzer analyzer;
  private final AtomicReference<IndexView> current = new AtomicReference<>();

  /** An empty index using the given analysis. */
  public LuceneSentenceIndex(GermanAnalysis analysis) {
    try {
      this.analyzer = new CurrentAnalyzer(analysis);
      this.sentenceWriter = writer(analyzer);
      this.documentWriter = writer(analyzer);
      current.set(new IndexView(DirectoryReader.open(sentenceWriter), DirectoryReader.open(documentWriter), Map.of(),
          analysis));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the in-memory index", e);
    }
  }

  private static IndexWriter writer(Analyzer analyzer) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(64);
    return new IndexWriter(new ByteBuffersDirectory(), config);
  }

  /** Replaces everything with the given documents, analysed with the given analysis. */
  public synchronized void replaceAll(Collection<EmbeddedDocument> documents, GermanAnalysis analysis) {
    try {
      analyzer.use(analysis);
      sentenceWriter.deleteAll();
      documentWriter.deleteAll();
      // Any add order: IndexView orders equal scores by file name, not by doc id.
      documents.parallelStream().forEach(this::add);
      Map<String, EmbeddedDocument> byFile = new HashMap<>();
      documents.forEach(document -> byFile.put(document.file(), document));
      publish(byFile, analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the in-memory index", e);
    }
  }

  private void add(EmbeddedDocument document) {
    try {
      sentenceWriter.addDocuments(sentenceEntries(document.document()));
      documentWriter.addDocument(documentEntry(document.document()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + document.file(), e);
    }
  }

  /** Adds a document or replaces the one with the same file name; its old sentences and vectors are gone. */
  public synchronized void replace(EmbeddedDocument document, GermanAnalysis analysis) {
    try {
      analyzer.use(analysis);
      Term file = new Term(IndexView.FILE, document.file());
      sentenceWriter.updateDocuments(file, sentenceEntries(document.document()));
      documentWriter.updateDocument(file, documentEntry(document.document()));
      Map<String, EmbeddedDocument> byFile = new HashMap<>(documentsNow());
      byFile.put(document.file(), document);
      publish(byFile, analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-index " + document.file(), e);
    }
  }

  /** Removes a file's sentences and vectors; unknown files are ignored. */
  public synchronized void remove(String file) {
    try {
      sentenceWriter.deleteDocuments(new Term(IndexView.FILE, file));
      documentWriter.deleteDocuments(new Term(IndexView.FILE, file));
      Map<String, EmbeddedDocument> byFile = new HashMap<>(documentsNow());
      byFile.remove(file);
      publish(byFile, current.get().analysis());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file + " from the index", e);
    }
  }

  /** Runs a read against the current view; the view's reader stays open until the read returns. */
  public <T> T read(Function<IndexView, T> reading) {
    while (true) {
      IndexView view = current.get();
      if (view.tryIncRef()) {
        try {
          return reading.apply(view);
        } finally {
          view.decRef();
        }
      }
    }
  }

  private Map<String, EmbeddedDocument> documentsNow() {
    IndexView view = current.get();
    Map<String, EmbeddedDocument> byFile = new HashMap<>();
    for (String file : view.files()) {
      byFile.put(file, view.document(file));
    }
    return byFile;
  }

  private void publish(Map<String, EmbeddedDocument> byFile, GermanAnalysis analysis) throws IOException {
    sentenceWriter.commit();
    documentWriter.commit();
    IndexView next = new IndexView(DirectoryReader.open(sentenceWriter), DirectoryReader.open(documentWriter),
        Map.copyOf(byFile), analysis);
    current.getAndSet(next).decRef();
  }

  private static List<Document> sentenceEntries(IndexedDocument document) {
    List<String> sentences = document.sentences();
    String title = document.document().title();
    List<Document> docs = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      String neighbours = document.headingOf(s) + " " + (s > 0 ? sentences.get(s - 1) : "") + " "
          + (s + 1 < sentences.size() ? sentences.get(s + 1) : "");
      Document doc = common(document.file(), IndexView.TITLE, title);
      doc.add(new NumericDocValuesField(IndexView.ORDINAL, s));
      doc.add(new TextField(IndexView.TEXT, sentences.get(s), Field.Store.NO));
      doc.add(new TextField(IndexView.CONTEXT, neighbours, Field.Store.NO));
      docs.add(doc);
    }
    return docs;
  }

  private static Document documentEntry(IndexedDocument document) {
    Document whole = common(document.file(), IndexView.DOCUMENT_TITLE, document.document().title());
    whole.add(new TextField(IndexView.BODY, String.join(" ", document.document().paragraphs()), Field.Store.NO));
    return whole;
  }

  private static Document common(String file, String titleField, String title) {
    Document doc = new Document();
    doc.add(new StringField(IndexView.FILE, file, Field.Store.NO));
    doc.add(new SortedDocValuesField(IndexView.FILE, new BytesRef(file)));
    doc.add(new TextField(titleField, title, Field.Store.NO));
    return doc;
  }

  /** The writer's analyzer: delegates to the analysis of the change being written. */
  private static final class CurrentAnalyzer extends DelegatingAnalyzerWrapper {

    private volatile GermanAnalysis analysis;

    CurrentAnalyzer(GermanAnalysis analysis) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.analysis = analysis;
    }

    void use(GermanAnalysis next) {
      this.analysis = next;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return analysis.indexAnalyzer();
    }
  }

  @Override
  public synchronized void close() {
    try {
      sentenceWriter.close();
      documentWriter.close();
      current.get().decRef();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the in-memory index", e);
    }
  }
}
