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

  /**
   * Only a document's first sentences up to this length get passages of their own; later sentences have no passage
   * and count with their document's average similarity. Embedding dominates indexing time, and on integreat-qa dev embedding more did not help.
   */
  static final int EMBEDDED_CHARS = 800;

  private final KnowledgeDocument document;
  private final List<String> sentences;
  private final int[] paragraphOf;
  private final List<String> headingOf;
  private final int[] passageOf;
  private final List<String> passages;

  private IndexedDocument(
      KnowledgeDocument document, List<String> sentences, int[] paragraphOf, List<String> headingOf, int[] passageOf,
      List<String> passages) {
    this.document = document;
    this.sentences = List.copyOf(sentences);
    this.paragraphOf = paragraphOf;
    this.headingOf = List.copyOf(headingOf);
    this.passageOf = passageOf;
    this.passages = List.copyOf(passages);
  }

  /**
   * Splits every paragraph into sentences and groups neighbouring sentences into passages. A heading paragraph is no
   * sentence: it is kept as the context of the sentences under it and stays in the passage text.
   */
  public static IndexedDocument of(KnowledgeDocument document, Function<String, List<String>> sentenceSplitter) {
    Objects.requireNonNull(document, "document");
    List<String> paragraphs = document.paragraphs();
    List<String> sentences = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    List<String> headingOf = new ArrayList<>();
    List<Integer> passageOf = new ArrayList<>();
    Passages passages = new Passages();
    String heading = "";
    for (int p = 0; p < paragraphs.size(); p++) {
      boolean isHeading = Headings.isHeading(paragraphs, p);
      heading = isHeading ? paragraphs.get(p).strip() : heading;
      for (String unit : sentenceSplitter.apply(paragraphs.get(p))) {
        if (unit.isBlank()) {
          continue;
        }
        int passage = passages.add(unit.strip(), p);
        if (!isHeading) {
          sentences.add(unit.strip());
          paragraphOf.add(p);
          headingOf.add(heading);
          passageOf.add(passage);
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("document has no sentences: " + document.file());
    }
    return new IndexedDocument(document, sentences, toArray(paragraphOf), headingOf, toArray(passageOf),
        passages.finish());
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Groups the document's text units (headings and sentences) into passages while the embedded lead lasts. */
  private static final class Passages {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder passage = new StringBuilder();
    private int embedded;
    private int lastParagraph = -1;

    /** Adds a unit; returns its passage, or -1 past the embedded lead. */
    int add(String unit, int paragraph) {
      boolean newParagraph = lastParagraph >= 0 && paragraph != lastParagraph;
      lastParagraph = paragraph;
      if (embedded >= EMBEDDED_CHARS) {
        return -1;
      }
      embedded += unit.length();
      if (passage.length() > 0 && (passage.length() + unit.length() > PASSAGE_CHARS
          || newParagraph && passage.length() >= PASSAGE_CHARS / 2)) {
        done.add(passage.toString());
        passage.setLength(0);
      }
      passage.append(passage.length() > 0 ? " " : "").append(unit);
      return done.size();
    }

    List<String> finish() {
      List<String> all = new ArrayList<>(done);
      all.add(passage.toString());
      return all;
    }
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

  /** The heading a sentence stands under, or "" when none precedes it. */
  public String headingOf(int sentence) {
    return headingOf.get(sentence);
  }

  /** The index of the passage a sentence belongs to, or -1 for a sentence past the embedded lead. */
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
