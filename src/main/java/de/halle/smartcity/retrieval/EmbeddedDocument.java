package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An indexed document together with the unit vectors of its passages.
 *
 * @param document the document cut into sentences and passages
 * @param passageVectors one unit vector per passage, in passage order
 * @param sentenceTerms the analysed terms of each sentence
 * @param titleTerms the analysed terms of the title
 * @param documentTerms the analysed terms of the title and all sentences
 */
public record EmbeddedDocument(IndexedDocument document, float[][] passageVectors, List<TermSet> sentenceTerms,
    TermSet titleTerms, TermSet documentTerms) {

  public EmbeddedDocument {
    Objects.requireNonNull(document, "document");
    sentenceTerms = List.copyOf(sentenceTerms);
    Objects.requireNonNull(documentTerms, "documentTerms");
    if (sentenceTerms.size() != document.sentences().size()) {
      throw new IllegalArgumentException("need one term set per sentence of " + document.file());
    }
    if (passageVectors.length != document.passages().size()) {
      throw new IllegalArgumentException("need one vector per passage (" + document.passages().size()
          + ") but got " + passageVectors.length + " for " + document.file());
    }
  }

  /** The document with its passage vectors and the term sets of its text under the given analysis. */
  public static EmbeddedDocument of(IndexedDocument document, float[][] passageVectors, GermanAnalysis analysis) {
    List<TermSet> sentences = new ArrayList<>();
    for (String sentence : document.sentences()) {
      sentences.add(TermSet.of(analysis.indexTerms(sentence)));
    }
    TermSet title = TermSet.of(analysis.indexTerms(document.document().title()));
    return new EmbeddedDocument(document, passageVectors, sentences, title,
        TermSet.union(title, TermSet.union(sentences.toArray(TermSet[]::new))));
  }

  /** The file name, the key for per-file replacement. */
  public String file() {
    return document.file();
  }

  /** True when the title, the sentence or one of its direct neighbours contains the term. */
  public boolean windowContains(int sentence, String term) {
    int last = Math.min(sentenceTerms.size() - 1, sentence + 1);
    for (int s = Math.max(0, sentence - 1); s <= last; s++) {
      if (sentenceTerms.get(s).contains(term)) {
        return true;
      }
    }
    return titleTerms.contains(term);
  }

  /** The vector of the passage a sentence belongs to. */
  public float[] vectorOfSentence(int sentence) {
    return passageVectors[document.passageOf(sentence)];
  }
}
