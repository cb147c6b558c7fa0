package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Finds candidate sentences for a question: BM25 over sentences (with neighbours and title) and over whole
 * documents, then the dense similarity of each candidate's passage, fused by weighted reciprocal rank. Thread-safe.
 */
public final class HybridRetriever {

  private final PassageEmbedder embedder;
  private final RetrievalSettings settings;

  public HybridRetriever(PassageEmbedder embedder, RetrievalSettings settings) {
    this.embedder = embedder;
    this.settings = settings;
  }

  /** The question's terms and its candidate sentences, best first (empty when nothing matches). */
  public Retrieval retrieve(String question, IndexView view) {
    List<QueryTerm> terms = view.analysis().queryTerms(question);
    Map<String, Double> weighted = weights(terms);
    if (weighted.isEmpty()) {
      return new Retrieval(terms, List.of());
    }
    List<SentenceHit> hits = view.sentences(weighted, settings.sentenceCandidates());
    Map<String, Double> documents = view.documents(weighted, settings.documentCandidates());
    Map<String, Candidate> candidates = candidates(hits, documents, view);
    if (candidates.isEmpty()) {
      return new Retrieval(terms, List.of());
    }
    float[] questionVector = embedder.question(question);
    List<Candidate> all = new ArrayList<>(candidates.values());
    for (Candidate c : all) {
      c.dense = PassageEmbedder.cosine(questionVector, c.document.vectorOfSentence(c.sentence));
    }
    Map<Candidate, Double> fused = RankFusion.fuse(List.of(
            sorted(all, c -> c.bm25, true), sorted(all, c -> c.documentScore + c.bm25 * 1e-6, true),
            sorted(all, c -> c.dense, false)),
        List.of(settings.sentenceWeight(), settings.documentWeight(), settings.denseWeight()), settings.fusionK());
    List<Evidence> ranked = new ArrayList<>(fused.size());
    fused.forEach((c, score) -> ranked.add(
        new Evidence(c.document, c.sentence, c.bm25, c.documentScore, c.dense, score)));
    return new Retrieval(terms, ranked);
  }

  /** Query weights: the question's own words count fully, compound parts and synonyms less, numbers more. */
  Map<String, Double> weights(List<QueryTerm> terms) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (QueryTerm term : terms) {
      double weight = switch (term.origin()) {
        case WORD -> 1.0;
        case PART -> settings.partWeight();
        case SYNONYM -> settings.synonymWeight();
      };
      weights.merge(term.term(), term.numeric() ? weight * settings.numberBoost() : weight, Math::max);
    }
    return weights;
  }

  private Map<String, Candidate> candidates(
      List<SentenceHit> hits, Map<String, Double> documents, IndexView view) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    for (SentenceHit hit : hits) {
      EmbeddedDocument document = view.document(hit.file());
      if (document != null) {
        candidates.computeIfAbsent(hit.file() + "#" + hit.sentence(),
            k -> new Candidate(document, hit.sentence(), documents.getOrDefault(hit.file(), 0.0))).bm25 = hit.score();
      }
    }
    Set<String> expanded = new LinkedHashSet<>(documents.keySet());
    int taken = 0;
    for (String file : expanded) {
      EmbeddedDocument document = view.document(file);
      if (document == null || taken++ >= settings.expandedDocuments()) {
        continue;
      }
      for (int s = 0; s < document.document().sentences().size(); s++) {
        int sentence = s;
        candidates.computeIfAbsent(file + "#" + s, k -> new Candidate(document, sentence, documents.get(file)));
      }
    }
    return candidates;
  }

  private static List<Candidate> sorted(List<Candidate> all, ToDoubleFunction<Candidate> key, boolean positive) {
    List<Candidate> copy = new ArrayList<>(all);
    if (positive) {
      copy.removeIf(c -> key.applyAsDouble(c) <= 0);
    }
    copy.sort(Comparator.comparingDouble(key).reversed());
    return copy;
  }

  /** A mutable candidate while scores are gathered; identity-based for the fusion. */
  private static final class Candidate {
    final EmbeddedDocument document;
    final int sentence;
    final double documentScore;
    double bm25;
    double dense;

    Candidate(EmbeddedDocument document, int sentence, double documentScore) {
      this.document = document;
      this.sentence = sentence;
      this.documentScore = documentScore;
    }
  }
}
