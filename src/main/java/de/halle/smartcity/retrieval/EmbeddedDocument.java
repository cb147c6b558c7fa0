package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An indexed document together with the unit vectors of its passages.
 *
 * @param document the document cut into sentences and passages
 * @param passageVectors one unit vector per passage, in passage order
 * @param sentenceTerms the analysed terms of each sentence
 * @param headingTerms the analysed terms of the heading each sentence stands under (empty without one)
 * @param titleTerms the analysed terms of the title
 * @param documentTerms the analysed terms of the title and all sentences
 */
public record EmbeddedDocument(IndexedDocument document, float[][] passageVectors, List<TermSet> sentenceTerms,
    List<TermSet> headingTerms, TermSet titleTerms, TermSet documentTerms) {

  public EmbeddedDocument {
    Objects.requireNonNull(document, "document");
    sentenceTerms = List.copyOf(sentenceTerms);
    headingTerms = List.copyOf(headingTerms);
    Objects.requireNonNull(documentTerms, "documentTerms");
    if (sentenceTerms.size() != document.sentences().size() || headingTerms.size() != sentenceTerms.size()) {
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
    List<TermSet> headings = new ArrayList<>();
    Map<String, TermSet> byHeading = new HashMap<>();
    for (int s = 0; s < document.sentences().size(); s++) {
      sentences.add(TermSet.of(analysis.indexTerms(document.sentences().get(s))));
      headings.add(byHeading.computeIfAbsent(document.headingOf(s), h -> TermSet.of(analysis.indexTerms(h))));
    }
    TermSet title = TermSet.of(analysis.indexTerms(document.document().title()));
    List<TermSet> all = new ArrayList<>(sentences);
    all.addAll(byHeading.values());
    all.add(title);
    return new EmbeddedDocument(document, passageVectors, sentences, headings, title,
        TermSet.union(all.toArray(TermSet[]::new)));
  }

  /** The file name, the key for per-file replacement. */
  public String file() {
    return document.file();
  }

  /**
   * The hash of the indexed document alone (equal records share it, so this agrees with the record's equals): the
   * generated hash walked every sentence's term set, and evidence is hashed per candidate.
   */
  @Override
  public int hashCode() {
    return document.hashCode();
  }

  /** True when the title, the sentence, its heading or one of its direct neighbours contains the term. */
  public boolean windowContains(int sentence, String term) {
    return windowContainsHash(sentence, TermSet.hash(term));
  }

  /** As {@link #windowContains} for a term's {@link TermSet#hash}. */
  boolean windowContainsHash(int sentence, long hash) {
    int last = Math.min(sentenceTerms.size() - 1, sentence + 1);
    for (int s = Math.max(0, sentence - 1); s <= last; s++) {
      if (sentenceTerms.get(s).containsHash(hash)) {
        return true;
      }
    }
    return contextContains(sentence, hash);
  }

  /**
   * True when the sentence itself, its heading or the title contains the term: what a reader of it sees. A year counts
   * only from the nearest of them naming any year, as that one tells which year the sentence is about: a sentence
   * about 2019 under a title naming 2019 and 2023 does not name 2023.
   */
  public boolean ownContains(int sentence, String term) {
    long hash = TermSet.hash(term);
    TermSet own = sentenceTerms.get(sentence);
    if (own.containsHash(hash) || !YearTerm.is(term)) {
      return own.containsHash(hash) || contextContains(sentence, hash);
    }
    TermSet heading = headingTerms.get(sentence);
    return !own.namesYear() && (heading.containsHash(hash) || !heading.namesYear() && titleTerms.containsHash(hash));
  }

  /** True when the sentence, its heading or the title names a year. */
  public boolean namesYear(int sentence) {
    return sentenceTerms.get(sentence).namesYear() || headingTerms.get(sentence).namesYear() || titleTerms.namesYear();
  }

  private boolean contextContains(int sentence, long termHash) {
    return headingTerms.get(sentence).containsHash(termHash) || titleTerms.containsHash(termHash);
  }

  /** The vector of the passage a sentence belongs to, or null past the embedded lead. */
  public float[] vectorOfSentence(int sentence) {
    int passage = document.passageOf(sentence);
    return passage < 0 ? null : passageVectors[passage];
  }

  /** The dense similarity of a sentence: its passage's, or the document's average past the embedded lead. */
  public double similarity(float[] unitQuery, int sentence) {
    return new DenseScores(unitQuery).sentence(this, sentence);
  }

}
