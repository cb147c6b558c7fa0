package de.halle.smartcity.retrieval;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A knowledge document cut into the units retrieval works on: sentences (the evidence) and passages (a few
 * neighbouring sentences, the unit that gets an embedding). Immutable.
 */
public final class IndexedDocument {

  /** Passages end at a paragraph boundary once they reach this length. */
  static final int PASSAGE_CHARS = 400;

  private final KnowledgeDocument document;
  private final List<String> sentences;
  private final int[] paragraphOf;
  private final int[] passageOf;
  private final List<String> passages;

  private IndexedDocument(
      KnowledgeDocument document, List<String> sentences, int[] paragraphOf, int[] passageOf, List<String> passages) {
    this.document = document;
    this.sentences = List.copyOf(sentences);
    this.paragraphOf = paragraphOf;
    this.passageOf = passageOf;
    this.passages = List.copyOf(passages);
  }

  /** Splits every paragraph into sentences and groups neighbouring sentences into passages. */
  public static IndexedDocument of(KnowledgeDocument document, Function<String, List<String>> sentenceSplitter) {
    Objects.requireNonNull(document, "document");
    List<String> sentences = new ArrayList<>();
    List<Integer> paragraphs = new ArrayList<>();
    for (int p = 0; p < document.paragraphs().size(); p++) {
      for (String sentence : sentenceSplitter.apply(document.paragraphs().get(p))) {
        if (!sentence.isBlank()) {
          sentences.add(sentence.strip());
          paragraphs.add(p);
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("document has no sentences: " + document.file());
    }
    int[] paragraphOf = paragraphs.stream().mapToInt(Integer::intValue).toArray();
    int[] passageOf = new int[sentences.size()];
    List<String> passages = new ArrayList<>();
    StringBuilder passage = new StringBuilder();
    for (int s = 0; s < sentences.size(); s++) {
      boolean newParagraph = s > 0 && paragraphOf[s] != paragraphOf[s - 1];
      if (passage.length() > 0 && (passage.length() + sentences.get(s).length() > PASSAGE_CHARS
          || newParagraph && passage.length() >= PASSAGE_CHARS / 2)) {
        passages.add(passage.toString());
        passage.setLength(0);
      }
      passage.append(passage.length() > 0 ? " " : "").append(sentences.get(s));
      passageOf[s] = passages.size();
    }
    passages.add(passage.toString());
    return new IndexedDocument(document, sentences, paragraphOf, passageOf, passages);
  }

  /** The knowledge document this was built from. */
  public KnowledgeDocument document() {
    return document;
  }

  /** The file name, the key for per-file replacement. */
  public String file() {
    return document.file();
  }

  /** The sentences in reading order. */
  public List<String> sentences() {
    return sentences;
  }

  /** The index of the paragraph a sentence belongs to. */
  public int paragraphOf(int sentence) {
    return paragraphOf[sentence];
  }

  /** The index of the passage a sentence belongs to. */
  public int passageOf(int sentence) {
    return passageOf[sentence];
  }

  /** The passages (neighbouring sentences joined), the unit that is embedded. */
  public List<String> passages() {
    return passages;
  }

  /** The text the dense model sees for a passage: the title, then the passage. */
  public String passageForEmbedding(int passage) {
    return document.title() + ". " + passages.get(passage);
  }
}
