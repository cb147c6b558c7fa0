package de.halle.smartcity.retrieval;

import de.halle.smartcity.knowledge.KnowledgeChange;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Keeps the sentence index and the passage embeddings in step with the knowledge folder: a full build, or a sync
 * that re-indexes only the files whose content changed and drops the removed ones. Writes are serialised; reads
 * go through {@link #read}. Thread-safe.
 */
public final class KnowledgeIndex implements Closeable {

  private final LanguageResources language;
  private final PassageEmbedder embedder;
  private final Function<String, List<String>> sentenceSplitter;
  private final LuceneSentenceIndex index;

  /** An empty index; call {@link #sync} to fill it. */
  public KnowledgeIndex(
      LanguageResources language, PassageEmbedder embedder, Function<String, List<String>> sentenceSplitter) {
    this.language = language;
    this.embedder = embedder;
    this.sentenceSplitter = sentenceSplitter;
    this.index = new LuceneSentenceIndex(new GermanAnalysis(language, List.of()));
  }

  /** Rebuilds everything from the snapshot (the compound dictionary learns the whole corpus' vocabulary). */
  public synchronized void rebuild(KnowledgeSnapshot snapshot) {
    List<IndexedDocument> documents = snapshot.documents().parallelStream()
        .map(document -> IndexedDocument.of(document, sentenceSplitter)).toList();
    Set<String> vocabulary = documents.parallelStream().flatMap(KnowledgeIndex::words).collect(Collectors.toSet());
    List<float[][]> vectors = embedder.passages(documents);
    GermanAnalysis analysis = new GermanAnalysis(language, vocabulary);
    List<EmbeddedDocument> embedded = IntStream.range(0, documents.size()).parallel()
        .mapToObj(i -> EmbeddedDocument.of(documents.get(i), vectors.get(i), analysis)).toList();
    index.replaceAll(embedded, analysis);
  }

  private static Stream<String> words(IndexedDocument document) {
    return GermanAnalysis.surfaceWords(document.document().title() + "\n" + String.join("\n",
        document.document().paragraphs())).stream();
  }

  /**
   * Brings the index to the snapshot's state file by file: new or changed files (by content hash) are re-indexed
   * alone, files no longer present are removed. Returns the number of files touched.
   */
  public synchronized int sync(KnowledgeSnapshot snapshot) {
    Set<String> wanted = new HashSet<>();
    int touched = 0;
    for (KnowledgeDocument document : snapshot.documents()) {
      wanted.add(document.file());
      EmbeddedDocument existing = read(view -> view.document(document.file()));
      if (existing == null || !existing.document().document().contentHash().equals(document.contentHash())) {
        replace(document);
        touched++;
      }
    }
    for (String file : read(view -> new ArrayList<>(view.files()))) {
      if (!wanted.contains(file)) {
        index.remove(file);
        touched++;
      }
    }
    return touched;
  }

  /** Applies a reload: stale files (changed, removed) leave the index, fresh ones (added, changed) are indexed. */
  public synchronized void apply(KnowledgeChange change) {
    change.removed().forEach(index::remove);
    change.freshDocuments().forEach(this::replace);
  }

  /** Re-indexes one file alone. */
  public synchronized void replace(KnowledgeDocument document) {
    IndexedDocument indexed = IndexedDocument.of(document, sentenceSplitter);
    GermanAnalysis analysis = read(IndexView::analysis).withWords(words(indexed).toList());
    index.replace(EmbeddedDocument.of(indexed, embedder.passages(indexed), analysis), analysis);
  }

  /** Removes one file. */
  public synchronized void remove(String file) {
    index.remove(file);
  }

  /** Runs a read against one consistent view of the index. */
  public <T> T read(Function<IndexView, T> reading) {
    return index.read(reading);
  }

  @Override
  public void close() {
    index.close();
  }
}
