package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds candidate sentences for a question in two steps. Documents are ranked by fusing their whole-text BM25, their
 * best sentence's BM25 and their best passage's dense similarity; sentences are then ranked by fusing their
 * document's rank, their own BM25 (with neighbours and title) and their passage's dense similarity. Thread-safe.
 */
public final class HybridRetriever {

  private static final int FUSION_K = 60;

  private final PassageEmbedder embedder;
  private final RetrievalSettings settings;
  private final RankingModel model;

  public HybridRetriever(PassageEmbedder embedder, RetrievalSettings settings, RankingModel model) {
    this.embedder = embedder;
    this.settings = settings;
    this.model = model;
  }

  /** The question's terms and its candidate sentences, best first (empty when nothing matches). */
  public Retrieval retrieve(String question, IndexView view) {
    return retrieve(question, view, -1);
  }

  /**
   * As {@link #retrieve(String, IndexView)}, where the question word at {@code valueWord} (or none, -1) names the
   * value the answer gives ("groß" in "Wie groß ist …?"): it counts for a sentence only as a word of its own, never as
   * the first part of a compound ("Großraum" tells no size).
   */
  public Retrieval retrieve(String question, IndexView view, int valueWord) {
    List<QueryTerm> terms = view.analysis().queryTerms(question);
    Map<String, Double> weighted = weights(terms);
    if (weighted.isEmpty()) {
      return new Retrieval(terms, List.of());
    }
    List<SentenceHit> hits = view.sentences(weighted, settings.sentenceCandidates());
    Map<String, Double> documents = view.documents(weighted, settings.documentCandidates());
    if (hits.isEmpty() && documents.isEmpty()) {
      return new Retrieval(terms, List.of());
    }
    DenseScores dense = new DenseScores(embedder.question(AlternativeWords.spaced(question)));
    Map<String, Double> denseDocuments = denseRanking(dense, hits, documents, view);
    List<String> expanded = new ArrayList<>(RankFusion.fuse(
        List.of(new ArrayList<>(documents.keySet()), new ArrayList<>(denseDocuments.keySet())),
        List.of(1.0, settings.denseDocumentWeight()), FUSION_K).keySet());
    List<Candidate> all = candidates(hits, documents,
        expanded.subList(0, Math.min(expanded.size(), settings.expandedDocuments())), view);
    for (Candidate c : all) {
      c.dense = dense.sentence(c.document, c.sentence);
    }
    return new Retrieval(terms, rank(all, QuestionCoverage.of(terms, view).wholeOnly(valueWord)));
  }

  private List<Evidence> rank(List<Candidate> all, QuestionCoverage coverage) {
    double maxBm25 = 0;
    double maxDocument = 0;
    double minDense = Double.MAX_VALUE;
    Map<EmbeddedDocument, Double> documentDense = new IdentityHashMap<>();
    for (Candidate c : all) {
      maxBm25 = Math.max(maxBm25, c.bm25);
      maxDocument = Math.max(maxDocument, c.documentScore);
      minDense = Math.min(minDense, c.dense);
      documentDense.merge(c.document, c.dense, Math::max);
    }
    Map<EmbeddedDocument, double[]> documentCoverage = new IdentityHashMap<>();
    List<Evidence> ranked = new ArrayList<>(all.size());
    for (Candidate c : all) {
      double[] ofDocument = documentCoverage.computeIfAbsent(c.document, d -> new double[] {
          coverage.ofHashes(d.documentTerms()), coverage.ofHashes(d.titleTerms())});
      SentenceFeatures features = new SentenceFeatures(ratio(c.bm25, maxBm25), ratio(c.documentScore, maxDocument),
          c.dense - minDense, documentDense.get(c.document) - minDense,
          coverage.ofHashes(c.document.sentenceTerms().get(c.sentence)),
          coverage.ofHashes(hash -> c.document.windowContainsHash(c.sentence, hash, false),
              hash -> c.document.windowContainsHash(c.sentence, hash, true)),
          ofDocument[0], ofDocument[1]);
      ranked.add(new Evidence(c.document, c.sentence, c.bm25, c.documentScore, c.dense, model.score(features),
          features));
    }
    ranked.sort(Comparator.comparingDouble(Evidence::fused).reversed()
        .thenComparing(Evidence::file).thenComparingInt(Evidence::sentence));
    return ranked;
  }

  private static double ratio(double value, double max) {
    return max > 0 ? value / max : 0;
  }

  /** The BM25 candidate documents (whole-text and sentence hits) ordered by their best passage's similarity. */
  private static Map<String, Double> denseRanking(
      DenseScores dense, List<SentenceHit> hits, Map<String, Double> documents, IndexView view) {
    Map<String, Double> best = new LinkedHashMap<>();
    List<String> files = new ArrayList<>(documents.keySet());
    hits.forEach(hit -> files.add(hit.file()));
    for (String file : files) {
      EmbeddedDocument document = view.document(file);
      if (document != null && !best.containsKey(file)) {
        best.put(file, dense.bestPassage(document));
      }
    }
    Map<String, Double> sorted = new LinkedHashMap<>();
    best.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Query weights: the question's own words count fully, compound parts and synonyms less, numbers more. */
  public Map<String, Double> weights(List<QueryTerm> terms) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (QueryTerm term : terms) {
      double weight = switch (term.origin()) {
        case WORD -> 1.0;
        case PART -> settings.partWeight();
        case SYNONYM -> settings.synonymWeight();
        case PART_SYNONYM -> settings.partWeight() * settings.synonymWeight();
        case RELATED -> settings.relatedWeight();
      };
      weights.merge(term.term(), term.numeric() ? weight * settings.numberBoost() : weight, Math::max);
    }
    return weights;
  }

  private static List<Candidate> candidates(
      List<SentenceHit> hits, Map<String, Double> documents, List<String> expanded, IndexView view) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    for (SentenceHit hit : hits) {
      EmbeddedDocument document = view.document(hit.file());
      if (document != null) {
        candidates.computeIfAbsent(hit.file() + "#" + hit.sentence(),
            k -> new Candidate(document, hit.sentence(), documents.getOrDefault(hit.file(), 0.0))).bm25 = hit.score();
      }
    }
    for (String file : expanded) {
      EmbeddedDocument document = view.document(file);
      for (int s = 0; document != null && s < document.document().sentences().size(); s++) {
        int sentence = s;
        candidates.computeIfAbsent(file + "#" + s,
            k -> new Candidate(document, sentence, documents.getOrDefault(file, 0.0)));
      }
    }
    return new ArrayList<>(candidates.values());
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
